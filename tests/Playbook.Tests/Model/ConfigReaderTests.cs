using Playbook.Diagnostics;
using Playbook.Model;
using Playbook.Tests.Support;

namespace Playbook.Tests.Model;

public class ConfigReaderTests
{
    private static (PlaybookConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) Read(string text)
    {
        var diagnostics = new DiagnosticList();
        var config = ConfigReader.Read(text, diagnostics);
        return (config, diagnostics.Sorted());
    }

    [Fact]
    public void The_test_playbook_reads_without_diagnostics_even_with_a_byte_order_mark()
    {
        var (config, diagnostics) = Read("\uFEFF" + TestSite.Config);
        Assert.Empty(diagnostics);
        Assert.Equal(["tactical", "strategic"], config!.Stages.Select(s => s.Id));
    }

    [Fact]
    public void A_repeated_stage_id_is_reported_at_the_entry_that_repeats_it()
    {
        // Given a third stage that reuses the first one's id on line 11
        var text = TestSite.Config.Replace("phases:\n", "  - id: tactical\n    title: Again\nphases:\n");

        // When playbook.yml is read, then the repeat is the one error, at its own line
        var (config, diagnostics) = Read(text);
        Assert.Null(config);
        var d = Assert.Single(diagnostics);
        Assert.Equal("playbook.yml(11,9): error PB0002: id 'tactical' is declared more than once; give this entry another id", d.ToString());
    }

    [Fact]
    public void An_entry_without_its_required_fields_is_reported_at_the_entry()
    {
        // Given a stage written as an empty mapping
        var text = TestSite.Config.Replace("stages:\n", "stages:\n  - {}\n");

        // When playbook.yml is read, then each missing field is named at that entry
        var (_, diagnostics) = Read(text);
        Assert.Equal(
        [
            "playbook.yml(5,5): error PB0002: missing required field 'id' in this entry; add 'id:'",
            "playbook.yml(5,5): error PB0002: missing required field 'title' in this entry; add 'title:'",
        ], diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_phase_without_stages_is_an_error()
    {
        var text = TestSite.Config.Replace("    stages: [tactical]\n", "");
        var (_, diagnostics) = Read(text);
        var d = Assert.Single(diagnostics);
        Assert.Equal("PB0002", d.RuleId);
        Assert.Equal((12, 5), (d.Line, d.Column));
        Assert.Contains("add 'stages: [<stage id>]'", d.Message);
    }

    [Fact]
    public void A_kind_keyed_by_a_list_is_an_error_not_a_crash()
    {
        var text = TestSite.Config.Replace("  article:\n", "  ? [article]\n  : \n  article:\n");
        var (config, diagnostics) = Read(text);
        Assert.Null(config);
        Assert.Contains(diagnostics, d => d.RuleId == "PB0002" && d.Message.StartsWith("unknown kind ''"));
    }

    [Theory]
    [InlineData("https://example.com/edit/", true)]
    [InlineData("https://git.EXAMPLE.org/acme/edit/main/", true)]
    [InlineData("http://example.net./x", true)]
    [InlineData("https://github.com/acme/playbook/edit/main/input/", false)]
    [InlineData("https://myexample.com/edit/", false)]
    [InlineData("https://example.com.evil.io/edit/", false)]
    public void Only_reserved_example_domains_count_as_example_hosts(string url, bool example) =>
        Assert.Equal(example, ConfigReader.IsExampleHost(url));

    [Fact]
    public void An_edit_url_on_an_example_domain_is_dropped_with_a_warning_at_its_value()
    {
        // Given edit_url left at a template's placeholder on line 4
        var text = TestSite.Config.Replace("  base_url: https://example.org/\n", "  base_url: https://example.org/\n  edit_url: https://git.example.com/acme/edit/main/\n");

        // When playbook.yml is read, then the site has no edit URL and one warning points at the value
        var (config, diagnostics) = Read(text);
        Assert.Null(config!.Site.EditUrl);
        var d = Assert.Single(diagnostics);
        Assert.Equal("playbook.yml(4,13): warning PB0003: edit_url 'https://git.example.com/acme/edit/main/' points at a reserved example domain, so no page shows an edit link; set it to your repository's edit URL or remove it", d.ToString());
    }
}
