using System.Text;
using Playbook.Assets;
using Playbook.Diagnostics;

namespace Playbook.Tests.Assets;

public class MinifyThemeAssetTests
{
    [Fact]
    public void A_stylesheet_that_is_not_utf8_is_published_byte_for_byte_with_a_warning_at_the_byte()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("a { b: c; }\n/* caf"), 0xE9, .. Encoding.ASCII.GetBytes(" */\n")];
        var reported = new List<Diagnostic>();

        var published = MinifyThemeAsset.Run("assets/css/x.css", bytes, "theme/assets/css/x.css", reported.Add);

        Assert.Equal(bytes, published);
        var warning = Assert.Single(reported);
        Assert.Equal(("theme/assets/css/x.css", 2, 7, "PB0404", Severity.Warning), (warning.File, warning.Line, warning.Column, warning.RuleId, warning.Severity));
    }

    [Fact]
    public void A_script_that_does_not_tokenize_is_published_as_written_with_a_warning_where_it_stopped()
    {
        var bytes = Encoding.UTF8.GetBytes("run();\nconst s = \"open\n");
        var reported = new List<Diagnostic>();

        var published = MinifyThemeAsset.Run("assets/js/x.js", bytes, "theme/assets/js/x.js", reported.Add);

        Assert.Equal(bytes, published);
        Assert.Equal((2, 11, "PB0404"), (reported.Single().Line, reported.Single().Column, reported.Single().RuleId));
    }
}
