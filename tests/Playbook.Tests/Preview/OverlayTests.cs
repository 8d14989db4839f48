using System.Text;
using Playbook.Cli.Preview;
using Playbook.Diagnostics;

namespace Playbook.Tests.Preview;

public class OverlayTests
{
    [Fact]
    public void The_overlay_lists_file_line_rule_and_message_html_escaped_errors_first()
    {
        // Given a failed build's diagnostics, one of them quoting hostile text
        Diagnostic[] problems =
        [
            Diagnostic.Warning("a.md", 2, 1, "PB0110", "review was due"),
            Diagnostic.Error("b.md", 4, 7, "PB0103", "unknown stage '<script>alert(1)</script>'"),
        ];

        // When the overlay is made
        var html = Encoding.UTF8.GetString(PreviewAssets.Overlay(problems, 3, file => "input/" + file));

        // Then the error comes first, every value is escaped, and the page listens for the next build
        Assert.True(html.IndexOf("input/b.md(4,7)") < html.IndexOf("input/a.md(2,1)"));
        Assert.Contains("error PB0103</span>: unknown stage &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39;", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("<script src=\"/__playbook/reload.js?v=3\" defer></script>", html);
    }

    [Fact]
    public void The_reload_script_goes_into_the_head_or_at_the_end_of_a_page_without_one()
    {
        var withHead = Encoding.UTF8.GetString(PreviewAssets.InjectReload("<html><head><title>x</title></head><body></body></html>"u8.ToArray(), 7));
        var withoutHead = Encoding.UTF8.GetString(PreviewAssets.InjectReload("<p>x</p>"u8.ToArray(), 7));

        Assert.Equal("<html><head><title>x</title><script src=\"/__playbook/reload.js?v=7\" defer></script></head><body></body></html>", withHead);
        Assert.Equal("<p>x</p><script src=\"/__playbook/reload.js?v=7\" defer></script>", withoutHead);
    }
}
