using Playbook.Tests.Support;

namespace Playbook.Tests.Modules;

public class DrawGuideFlowchartsTests
{
    private static Dictionary<string, string> Site(string body) => TestSite.Minimal(("guides/g.md", "---\ntitle: Where to start\n---\n" + body));

    private const string Guide = """
        ## Are there accounts? {#accounts}

        - [No](#outcome-a)
        - [Yes, several](#why)

        ## Can the client say why? {#why}

        - [No](#outcome-a)
        - [Yes, in writing](#outcome-b)

        ## Outcome: start from the why {#outcome-a}

        Stage: [](xref:tactical)

        ## Outcome: widen the strategy {#outcome-b}

        Stage: [](xref:strategic)
        """;

    [Fact]
    public async Task A_guide_page_draws_one_box_per_step_and_outcome_and_one_arrow_per_answer()
    {
        // Given a guide of two steps, two outcomes and four answers; When built
        var result = await TestSite.BuildAsync(Site(Guide));
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var html = TestSite.Html(result, "guides/g/index.html");
        var svg = html.QuerySelector(".diagram-scroll svg.flowchart")!;

        // Then every step and outcome is a box linking to its section, in the guide's order
        Assert.Equal(["#accounts", "#why", "#outcome-a", "#outcome-b"], svg.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.All(svg.QuerySelectorAll("a"), a => Assert.NotNull(html.GetElementById(a.GetAttribute("href")![1..])));
        // And every answer is an arrow labelled with its lead ("Yes" for "Yes, several")
        Assert.Equal(4, svg.QuerySelectorAll(".fc-edges path").Length);
        Assert.Equal(["No", "Yes", "No", "Yes"], svg.QuerySelectorAll(":scope > text").Select(t => t.TextContent));
        // And outcomes take their stage's tone, in playbook.yml's order
        Assert.Equal(["fc-outcome stage-tone-1", "fc-outcome stage-tone-2"], svg.QuerySelectorAll("a.fc-outcome").Select(a => a.GetAttribute("class")));
        // And it is a named, described group whose links stay reachable (role=img would hide them), styled only by classes
        Assert.Equal("group", svg.GetAttribute("role"));
        Assert.Equal("flowchart-desc", svg.GetAttribute("aria-describedby"));
        Assert.Equal("Flowchart: Where to start", html.GetElementById("flowchart-title")!.TextContent);
        Assert.StartsWith("2 questions and 2 outcomes.", html.GetElementById("flowchart-desc")!.TextContent);
        Assert.Empty(svg.QuerySelectorAll("[style]"));
        Assert.NotNull(html.QuerySelector("link[rel=stylesheet][href*='/guide.']"));
    }

    [Fact]
    public async Task Two_builds_draw_the_same_bytes()
    {
        var first = TestSite.Html(await TestSite.BuildAsync(Site(Guide)), "guides/g/index.html").QuerySelector("svg.flowchart")!.OuterHtml;
        var second = TestSite.Html(await TestSite.BuildAsync(Site(Guide)), "guides/g/index.html").QuerySelector("svg.flowchart")!.OuterHtml;

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_guide_with_graph_errors_gets_no_drawing()
    {
        // Given a guide whose answer leads nowhere; When built (its error is reported)
        var result = await TestSite.BuildAsync(Site(Guide.Replace("(#outcome-b)", "(#outcome-x)")));
        Assert.Contains(result.Diagnostics, d => d.RuleId == "PB0301");

        // Then no page of the build carries a flowchart
        Assert.DoesNotContain(result.Pages, p => p.Has(Playbook.Modules.DrawGuideFlowcharts.Key));
    }
}
