using Playbook.Files;
using Playbook.Pipeline;
using Playbook.Tests.Support;

namespace Playbook.Tests.Html;

public class CheckLinksTests
{
    [Fact]
    public async Task Broken_internal_link_is_an_error_at_its_markdown_line()
    {
        var site = TestSite.Minimal(("articles/a.md", "---\ntitle: A\n---\nText.\n\nGo [there](/nowhere/).\n"));
        var result = await TestSite.BuildAsync(site);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("articles/a.md(6,4): error PB0201: broken link '/nowhere/': no page or file at /nowhere/", d.ToString());
    }

    [Fact]
    public async Task Broken_anchor_is_an_error_naming_the_missing_id()
    {
        var site = TestSite.Minimal(("articles/a.md", "---\ntitle: A\n---\nSee [b](xref:b#missing).\n"),
                                    ("articles/b.md", "---\ntitle: B\n---\n## Present\nHi.\n"));
        var result = await TestSite.BuildAsync(site);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("articles/a.md(4,5): error PB0202: broken anchor '#missing': /articles/b/ has no element with that id; check the heading's text", d.ToString());
        Assert.Empty(result.Files);
    }

    [Fact]
    public async Task Broken_anchor_within_the_same_page_is_an_error_at_its_line()
    {
        // Given a page whose link points at a heading it does not have
        var site = TestSite.Minimal(("articles/a.md", "---\ntitle: A\n---\n## Present\n\nBack to [the top](#absent).\n"));
        // When the site is built
        var result = await TestSite.BuildAsync(site);
        // Then the link is reported where it was written
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("articles/a.md(6,9): error PB0202: broken anchor '#absent': /articles/a/ has no element with that id; check the heading's text", d.ToString());
    }

    [Fact]
    public async Task Broken_link_in_the_theme_is_reported_on_each_page_with_a_hint()
    {
        // Given a theme whose footer links a page that does not exist
        var theme = TestSite.Theme;
        var files = theme.Paths.ToDictionary(p => p, p => theme.Read(p).Bytes!);
        files["includes/footer.liquid"] = System.Text.Encoding.UTF8.GetBytes("<footer><a href=\"/colophon/\">Colophon</a></footer>\n");
        // When the site is built
        var result = await Engine.BuildAsync(MemoryFileSet.FromText(TestSite.Minimal()), new MemoryFileSet(files), new BuildOptions { Today = TestSite.Today }, Pipelines.Default());
        // Then every page reports it, pointing at the theme
        Assert.False(result.Succeeded);
        Assert.Contains("index.md: error PB0201: broken link '/colophon/': no page or file at /colophon/ (the link comes from the theme's layout)",
            result.Diagnostics.Select(d => d.ToString()));
        Assert.All(result.Diagnostics, d => Assert.Equal("PB0201", d.RuleId));
    }

    [Fact]
    public async Task Anchor_to_an_existing_heading_passes()
    {
        var site = TestSite.Minimal(("articles/a.md", "---\ntitle: A\n---\nSee [b](xref:b#present) and [here](#local).\n\n## Local\n"),
                                    ("articles/b.md", "---\ntitle: B\n---\n## Present\nHi.\n"));
        var result = await TestSite.BuildAsync(site);
        Assert.True(result.Succeeded, TestSite.Errors(result));
    }
}
