using Playbook.Pipeline;
using Playbook.Tests.Support;

namespace Playbook.Tests.Modules;

public class ResolveCrossLinksTests
{
    [Fact]
    public async Task Xref_link_becomes_the_target_page_url()
    {
        // Given a page linking another by id
        var site = TestSite.Minimal(("articles/a.md", "---\ntitle: A\n---\nSee [the other](xref:b).\n"),
                                    ("articles/b.md", "---\ntitle: B page\n---\nHello.\n"));
        // When the site is built
        var result = await TestSite.BuildAsync(site);
        // Then the link points at the target's URL
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var link = TestSite.Html(result, "articles/a/index.html").QuerySelector(".prose a")!;
        Assert.Equal("/articles/b/", link.GetAttribute("href"));
    }

    [Fact]
    public async Task Empty_xref_link_text_takes_the_target_title()
    {
        var site = TestSite.Minimal(("articles/a.md", "---\ntitle: A\n---\nSee [](xref:b).\n"),
                                    ("articles/b.md", "---\ntitle: B page\n---\nHello.\n"));
        var result = await TestSite.BuildAsync(site);
        Assert.Equal("B page", TestSite.Html(result, "articles/a/index.html").QuerySelector(".prose a")!.TextContent);
    }

    [Fact]
    public async Task Relative_md_link_becomes_the_page_url()
    {
        var site = TestSite.Minimal(("articles/a.md", "---\ntitle: A\n---\nSee [b](b.md#intro) and [home](../index.md).\n"),
                                    ("articles/b.md", "---\ntitle: B\n---\n## Intro\nHello.\n"));
        var result = await TestSite.BuildAsync(site);
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var links = TestSite.Html(result, "articles/a/index.html").QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["/articles/b/#intro", "/"], links);
    }

    [Fact]
    public async Task Unknown_xref_is_an_error_with_a_suggestion_at_its_line()
    {
        var site = TestSite.Minimal(("articles/a.md", "---\ntitle: A\n---\n\nSee [x](xref:tacticle).\n"));
        var result = await TestSite.BuildAsync(site);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("articles/a.md(5,5): error PB0203: unknown xref 'tacticle'; did you mean 'tactical'?", d.ToString());
    }

    [Fact]
    public async Task Link_to_a_draft_from_a_public_page_is_an_error()
    {
        var site = TestSite.Minimal(("articles/a.md", "---\ntitle: A\n---\nSee [d](xref:d).\n"),
                                    ("articles/d.md", "---\ntitle: D\ndraft: true\n---\nSoon.\n"));
        var result = await TestSite.BuildAsync(site);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("articles/a.md(4,5): error PB0204: links to 'd', which is a draft and not part of this build; remove the link or publish the page", d.ToString());
        Assert.Empty(result.Files);
    }

    [Fact]
    public async Task Link_to_a_draft_builds_when_drafts_are_included()
    {
        var site = TestSite.Minimal(("articles/a.md", "---\ntitle: A\n---\nSee [d](xref:d).\n"),
                                    ("articles/d.md", "---\ntitle: D\ndraft: true\n---\nSoon.\n"));
        var result = await TestSite.BuildAsync(site, new BuildOptions { Today = TestSite.Today, IncludeDrafts = true });
        Assert.True(result.Succeeded, TestSite.Errors(result));
        Assert.Equal("/articles/d/", TestSite.Html(result, "articles/a/index.html").QuerySelector(".prose a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Link_to_an_internal_page_from_a_public_build_is_an_error()
    {
        var site = TestSite.Minimal(("articles/a.md", "---\ntitle: A\n---\nText.\n\nSee [notes](notes.md).\n"),
                                    ("articles/notes.md", "---\ntitle: Notes\naudience: internal\n---\nOurs.\n"));
        var result = await TestSite.BuildAsync(site);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("articles/a.md(6,5): error PB0204: links to 'notes', which is an internal page and not part of this build; remove the link or publish the page", d.ToString());
    }

    [Fact]
    public async Task Relative_md_link_to_a_missing_file_is_an_error_at_its_line()
    {
        var site = TestSite.Minimal(("articles/a.md", "---\ntitle: A\n---\nSee [b](../guides/b.md).\n"));
        var result = await TestSite.BuildAsync(site);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("articles/a.md(4,5): error PB0201: link to '../guides/b.md' points at no page in the input; check the file name and folder", d.ToString());
    }

    [Fact]
    public async Task Xref_with_an_anchor_keeps_the_anchor_and_backlinks_the_source()
    {
        // Given a page linking a heading of another by id
        var site = TestSite.Minimal(("articles/a.md", "---\ntitle: A\n---\nSee [b](xref:b#intro).\n"),
                                    ("articles/b.md", "---\ntitle: B\n---\n## Intro\nHello.\n"));
        // When the site is built
        var result = await TestSite.BuildAsync(site);
        // Then the link goes to the heading, and the target lists the source under "Linked from"
        Assert.True(result.Succeeded, TestSite.Errors(result));
        Assert.Equal("/articles/b/#intro", TestSite.Html(result, "articles/a/index.html").QuerySelector(".prose a")!.GetAttribute("href"));
        Assert.Equal(["/articles/a/"], TestSite.Html(result, "articles/b/index.html").QuerySelectorAll(".backlinks a").Select(a => a.GetAttribute("href")));
    }
}
