using Playbook.Diagnostics;
using Playbook.Tests.Support;

namespace Playbook.Tests.Modules;

public class ApplyLayoutsTests
{
    private const string Article = "---\ntitle: A\nstages: [strategic]\nowner: Playbook editors\nreview_by: 2027-05-01\n---\nText.\n";

    [Fact]
    public async Task A_content_page_shows_its_owner_and_next_review_date()
    {
        // Given an article with an owner and a review date still ahead; When built
        var result = await TestSite.BuildAsync(TestSite.Minimal(("articles/a.md", Article)));
        // Then its header names both
        var meta = TestSite.Html(result, "articles/a/index.html").QuerySelector(".page-meta")!;
        var terms = meta.QuerySelectorAll("div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
        Assert.Equal("Playbook editors", terms["Owner"]);
        Assert.Equal("Next by 1 May 2027", terms["Review"]);
        Assert.Equal("2027-05-01", meta.QuerySelector("time[datetime='2027-05-01']")?.GetAttribute("datetime"));
    }

    [Fact]
    public async Task Stages_wear_the_colour_of_their_place_in_playbook_yml()
    {
        var result = await TestSite.BuildAsync(TestSite.Minimal(("articles/a.md", Article)));
        Assert.Contains("stage-tone-2", TestSite.Html(result, "articles/a/index.html").QuerySelector(".page-meta .stage-chip")!.ClassList);
        Assert.Contains("stage-tone-2", TestSite.Html(result, "stages/strategic/index.html").QuerySelector("article.page-stage")!.ClassList);
        Assert.Equal(["journey-stage stage-tone-1", "journey-stage stage-tone-2"], TestSite.Html(result, "stages/index.html").QuerySelectorAll(".stage-cards > li").Select(li => li.ClassName));
    }

    [Fact]
    public async Task Without_edit_url_no_page_has_an_edit_link()
    {
        var result = await TestSite.BuildAsync(TestSite.Minimal(("articles/a.md", Article)));
        Assert.Empty(TestSite.Html(result, "articles/a/index.html").QuerySelectorAll(".edit-link"));
    }

    [Fact]
    public async Task With_edit_url_a_page_links_its_source_file()
    {
        var site = TestSite.Minimal(("articles/a.md", Article));
        site["playbook.yml"] = site["playbook.yml"].Replace("  base_url: https://example.org/\n", "  base_url: https://example.org/\n  edit_url: https://github.com/acme/playbook/edit/main/input/\n");
        var result = await TestSite.BuildAsync(site);
        Assert.True(result.Succeeded, TestSite.Errors(result));
        Assert.Equal("https://github.com/acme/playbook/edit/main/input/articles/a.md",
            TestSite.Html(result, "articles/a/index.html").QuerySelector(".edit-link a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task An_edit_url_on_an_example_domain_shows_no_edit_link_and_warns()
    {
        var site = TestSite.Minimal(("articles/a.md", Article));
        site["playbook.yml"] = site["playbook.yml"].Replace("  base_url: https://example.org/\n", "  base_url: https://example.org/\n  edit_url: https://git.example.net/acme/playbook/edit/main/input/\n");
        var result = await TestSite.BuildAsync(site);
        Assert.True(result.Succeeded, TestSite.Errors(result));
        Assert.Empty(TestSite.Html(result, "articles/a/index.html").QuerySelectorAll(".edit-link"));
        Assert.Contains(result.Diagnostics, d => d.RuleId == "PB0003" && d.Severity == Playbook.Diagnostics.Severity.Warning && d.File == "playbook.yml");
    }
}
