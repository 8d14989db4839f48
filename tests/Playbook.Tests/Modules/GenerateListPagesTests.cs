using Playbook.Tests.Support;

namespace Playbook.Tests.Modules;

public class GenerateListPagesTests
{
    [Fact]
    public async Task Stage_page_toolkit_has_a_card_per_page_kind_by_kind_ordered_by_order_then_title()
    {
        // Given tactical pages of two kinds, with and without 'order', and a strategic-only page
        var site = TestSite.Minimal(
            ("articles/a.md", "---\ntitle: Alpha\nstages: [tactical]\n---\nText.\n"),
            ("articles/b.md", "---\ntitle: Beta\nstages: [tactical]\norder: 2\n---\nText.\n"),
            ("articles/z.md", "---\ntitle: Zulu\nstages: [tactical, strategic]\norder: 1\n---\nText.\n"),
            ("articles/s.md", "---\ntitle: Strategic only\nstages: [strategic]\n---\nText.\n"),
            ("checklists/c.md", "---\ntitle: Check\nstages: [tactical]\n---\n- [ ] One\n- [ ] Two\n"));
        // When the site is built
        var result = await TestSite.BuildAsync(site);
        // Then the tactical toolkit shows articles then the checklist, each by order then title, the checklist sized by its items
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var cards = TestSite.Html(result, "stages/tactical/index.html").QuerySelectorAll("#toolkit ~ .tool-cards > li")
            .Select(c => (c.QuerySelector("h3")!.TextContent, c.QuerySelector(".tool-kind")!.TextContent));
        Assert.Equal([("Zulu", "article"), ("Beta", "article"), ("Alpha", "article"), ("Check", "checklist · 2 items")], cards);
    }

    [Fact]
    public async Task Stage_page_lists_its_toolkit_last_in_its_contents()
    {
        var site = TestSite.Minimal(("articles/a.md", "---\ntitle: Alpha\nstages: [tactical]\n---\nText.\n"),
            ("stages/tactical.md", "---\ntitle: Tactical\nstage: tactical\n---\n## Signs\n\nText.\n"));
        var result = await TestSite.BuildAsync(site);
        var toc = TestSite.Html(result, "stages/tactical/index.html").QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["#signs", "#toolkit"], toc);
    }

    [Fact]
    public async Task Stage_overview_lists_a_phase_without_pages_without_saying_it_is_empty()
    {
        var result = await TestSite.BuildAsync(TestSite.Minimal(("articles/a.md", "---\ntitle: A\nstages: [tactical]\nphase: education\n---\nText.\n")));
        var doc = TestSite.Html(result, "stages/index.html");
        Assert.NotNull(doc.QuerySelector("#phase-participation"));
        Assert.DoesNotContain("No pages", doc.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Stage_overview_gives_each_phase_an_anchor_listing_its_pages()
    {
        var site = TestSite.Minimal(("articles/a.md", "---\ntitle: A\nstages: [tactical]\nphase: education\n---\nText.\n"));
        var result = await TestSite.BuildAsync(site);
        var doc = TestSite.Html(result, "stages/index.html");
        Assert.Equal(["/articles/a/"], doc.QuerySelectorAll("#phase-education .item-list a").Select(a => a.GetAttribute("href")));
        Assert.Empty(doc.QuerySelectorAll("#phase-participation .item-list a"));
        Assert.Equal("/stages/#phase-education", TestSite.Html(result, "articles/a/index.html").QuerySelector(".phase-link")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Related_lists_at_most_five_pages_best_match_first()
    {
        // Given seven pages sharing the stage, one of which also shares a tag
        var pages = Enumerable.Range(1, 7).Select(i => ($"articles/p{i}.md", $"---\ntitle: P{i}\nstages: [tactical]\n{(i == 7 ? "tags: [kpi]\n" : "")}---\nText.\n"));
        var site = TestSite.Minimal([.. pages, ("articles/main.md", "---\ntitle: Main\nstages: [tactical]\ntags: [kpi]\n---\nText.\n")]);
        // When the site is built
        var result = await TestSite.BuildAsync(site);
        // Then five are related, the one sharing stage and tag first
        var related = TestSite.Html(result, "articles/main/index.html").QuerySelectorAll(".related a").Select(a => a.TextContent);
        Assert.Equal(["P7", "P1", "P2", "P3", "P4"], related);
    }
}
