using Playbook.Tests.Support;

namespace Playbook.Tests.Modules;

public class DrawStageJourneyTests
{
    [Theory]
    [InlineData("index.html", null)]
    [InlineData("stages/index.html", null)]
    [InlineData("stages/tactical/index.html", "Tactical")]
    [InlineData("stages/strategic/index.html", "Strategic")]
    public async Task The_journey_is_on_the_home_page_the_overview_and_each_stage_page_with_you_are_here(string path, string? here)
    {
        // Given the minimal site (two stages, two phases) with the home layout on its home page; When built
        var result = await TestSite.BuildAsync(TestSite.Minimal(("index.md", "---\ntitle: Home\nlayout: home\n---\nWelcome.\n")));
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var html = TestSite.Html(result, path);

        // Then the page has the wide and the tall drawing, each with a link per stage and per phase
        var drawings = html.QuerySelectorAll(".journey-diagram svg.stage-journey");
        Assert.Equal(["stage-journey journey-wide", "stage-journey journey-tall"], drawings.Select(s => s.GetAttribute("class")));
        foreach (var svg in drawings)
        {
            Assert.Equal(["/stages/tactical/", "/stages/strategic/"], svg.QuerySelectorAll("a.sj-stage").Select(a => a.GetAttribute("href")));
            Assert.Equal(["/stages/#phase-education", "/stages/#phase-participation"], svg.QuerySelectorAll("a.sj-phase").Select(a => a.GetAttribute("href")));
            // And only a stage page marks its own stage
            var current = svg.QuerySelectorAll("a[aria-current=page]");
            Assert.Equal(here is null ? [] : [here + "You are here"], current.Select(a => a.TextContent));
        }
    }

    [Fact]
    public async Task Articles_have_no_journey_and_do_not_load_its_stylesheet()
    {
        var result = await TestSite.BuildAsync(TestSite.Minimal(("articles/a.md", "---\ntitle: A\n---\nText.\n")));

        var html = TestSite.Html(result, "articles/a/index.html");

        Assert.Empty(html.QuerySelectorAll("svg.stage-journey"));
        Assert.Null(html.QuerySelector("link[href*='/overview.']"));
    }
}
