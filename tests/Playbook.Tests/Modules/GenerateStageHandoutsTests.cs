using Playbook.Tests.Support;

namespace Playbook.Tests.Modules;

public class GenerateStageHandoutsTests
{
    private static readonly Dictionary<string, string> Site = TestSite.Minimal(
        ("checklists/c.md", "---\ntitle: Kick-off\nstages: [tactical]\n---\n## People\n\n- [ ] **Name an owner.** Inside.\n"),
        ("guides/g.md", """
            ---
            title: Where to start
            stages: [tactical]
            ---
            ## New? {#new}

            - [Yes](#outcome-a)
            - [No](#old)

            ## Old accounts? {#old}

            - [Quiet](#outcome-a)
            - [Busy](#outcome-b)

            ## Outcome: start from the why {#outcome-a}

            Stage: [](xref:tactical)

            ## Outcome: widen the strategy {#outcome-b}

            Stage: [](xref:strategic)
            """));

    [Fact]
    public async Task Stage_pages_list_the_guides_whose_outcomes_lead_to_them()
    {
        // Given a guide tagged only tactical with an outcome in the strategic stage; When built
        var result = await TestSite.BuildAsync(Site);
        Assert.True(result.Succeeded, TestSite.Errors(result));
        // Then the strategic stage page lists the guide and links that outcome
        var links = TestSite.Html(result, "stages/strategic/index.html").QuerySelectorAll(".stage-guides a");
        Assert.Equal([("Where to start", "/guides/g/"), ("widen the strategy", "/guides/g/#outcome-b")],
            links.Select(a => (a.TextContent, a.GetAttribute("href")!)));
    }

    [Fact]
    public async Task Each_stage_has_a_print_handout_of_its_checklists_and_guides()
    {
        var result = await TestSite.BuildAsync(Site);
        // The stage page links its handout
        Assert.Equal("/stages/tactical/print/", TestSite.Html(result, "stages/tactical/index.html").QuerySelector(".print-link a")!.GetAttribute("href"));
        var handout = TestSite.Html(result, "stages/tactical/print/index.html");
        Assert.Equal("Client handout: Tactical", handout.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("Date: ", handout.QuerySelector(".handout-fields")!.TextContent);
        Assert.Equal(["Checklist: Kick-off", "Guide: Where to start"], handout.QuerySelectorAll("main h2").Select(h => h.TextContent));
        Assert.Equal("Name an owner. Inside.", handout.QuerySelector(".handout-items li")!.TextContent.Trim());
        // Guides print as numbered questions whose answers say where to go on paper
        Assert.Equal(["Yes → outcome A", "No → go to 2"], handout.QuerySelectorAll(".handout-steps > li:first-child li").Select(li => li.TextContent.Trim()));
        Assert.Equal(["Astart from the why (stage: Tactical)", "Bwiden the strategy (stage: Strategic)"],
            handout.QuerySelectorAll(".handout-outcomes div").Select(d => d.TextContent.Trim()));
    }
}
