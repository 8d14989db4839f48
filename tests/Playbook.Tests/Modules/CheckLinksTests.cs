using Playbook.Tests.Support;

namespace Playbook.Tests.Modules;

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
        Assert.Equal("PB0202", d.RuleId);
        Assert.Contains("#missing", d.Message);
        Assert.Equal(4, d.Line);
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
