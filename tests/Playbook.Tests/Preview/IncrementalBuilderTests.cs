using Playbook.Pipeline;
using Playbook.Preview;
using Playbook.Tests.Support;

namespace Playbook.Tests.Preview;

public class IncrementalBuilderTests
{
    private static readonly BuildOptions Options = new() { Today = TestSite.Today };

    private static Dictionary<string, string> Site() => TestSite.Minimal(
        ("articles/goals.md", "---\ntitle: Goals\nstage: tactical\ntags: [kpi]\n---\nSet goals first.\n"),
        ("articles/metrics.md", "---\ntitle: Metrics\nstage: strategic\n---\nSee [](xref:goals).\n"),
        ("checklists/launch.md", "---\ntitle: Launch\nstage: strategic\n---\n- [ ] Plan\n"));

    [Fact]
    public async Task Editing_one_pages_text_renders_only_that_page_and_matches_a_clean_build()
    {
        // Given a preview that has built the site once
        using var site = new TempSite(Site());
        var builder = new IncrementalBuilder(new DiskFileSet(site.Input), TestSite.Theme, Options);
        var first = await builder.BuildAsync([]);

        // When one article's body changes (a checklist's items would also change its stage's print handout)
        site.Write("articles/goals.md", "---\ntitle: Goals\nstage: tactical\ntags: [kpi]\n---\nSet goals first, then Announce them.\n");
        var second = await builder.BuildAsync([new SiteChange(SiteArea.Input, "articles/goals.md")]);

        // Then only that page is laid out again, and the site is the one a clean build makes
        Assert.True(second.Result.Succeeded, TestSite.Errors(second.Result));
        Assert.Equal(first.Result.PageCount, first.PagesRendered);
        Assert.Equal(1, second.PagesRendered);
        var clean = await Engine.BuildAsync(new DiskFileSet(site.Input), TestSite.Theme, Options);
        Assert.Equal(clean.Files.Select(f => (f.Path, Text(f))), second.Result.Files.Select(f => (f.Path, Text(f))));
        Assert.Contains("Announce", Text(second.Result.Files.Single(f => f.Path == "articles/goals/index.html")));
    }

    [Fact]
    public async Task Renaming_a_page_renders_again_the_pages_that_list_or_link_to_it()
    {
        // Given a page that another page links to and that section, stage and tag pages list
        using var site = new TempSite(Site());
        var builder = new IncrementalBuilder(new DiskFileSet(site.Input), TestSite.Theme, Options);
        var first = await builder.BuildAsync([]);

        // When its title changes
        site.Write("articles/goals.md", "---\ntitle: Objectives\nstage: tactical\ntags: [kpi]\n---\nSet goals first.\n");
        var second = await builder.BuildAsync([new SiteChange(SiteArea.Input, "articles/goals.md")]);

        // Then the linking page shows the new title, and unrelated pages are not laid out again
        var metrics = Text(second.Result.Files.Single(f => f.Path == "articles/metrics/index.html"));
        Assert.Contains("Objectives", metrics);
        Assert.Contains("Objectives", Text(second.Result.Files.Single(f => f.Path == "tags/kpi/index.html")));
        Assert.InRange(second.PagesRendered, 2, first.PagesRendered - 1);
        var clean = await Engine.BuildAsync(new DiskFileSet(site.Input), TestSite.Theme, Options);
        Assert.Equal(clean.Files.Select(f => (f.Path, Text(f))), second.Result.Files.Select(f => (f.Path, Text(f))));
    }

    [Theory]
    [InlineData(SiteArea.Theme, "layouts/base.liquid")]
    [InlineData(SiteArea.Input, "playbook.yml")]
    public async Task A_theme_or_configuration_change_renders_every_page(SiteArea area, string path)
    {
        // Given a preview that has built the site once
        using var site = new TempSite(Site());
        var builder = new IncrementalBuilder(new DiskFileSet(site.Input), TestSite.Theme, Options);
        var first = await builder.BuildAsync([]);

        // When a layout or playbook.yml is saved
        var second = await builder.BuildAsync([new SiteChange(area, path)]);

        // Then every page is laid out again
        Assert.True(second.Everything);
        Assert.Equal(first.PagesRendered, second.PagesRendered);
    }

    [Fact]
    public async Task A_normal_build_never_contains_the_preview_reload_script()
    {
        // Given the default playbook, When it is built as 'playbook build' builds it
        var result = await TestSite.BuildDefaultAsync();

        // Then no output file mentions the preview's endpoints
        Assert.True(result.Succeeded, TestSite.Errors(result));
        Assert.DoesNotContain(result.Files, f => Text(f).Contains("__playbook", StringComparison.Ordinal));
    }

    private static string Text(OutputFile file) => System.Text.Encoding.UTF8.GetString(file.Bytes);
}
