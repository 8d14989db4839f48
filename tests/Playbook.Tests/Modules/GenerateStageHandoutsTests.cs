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
    public async Task A_stage_toolkit_links_each_tool_once_and_adds_the_guides_that_lead_there()
    {
        // Given a guide tagged only tactical with an outcome in the strategic stage; When built
        var result = await TestSite.BuildAsync(Site);
        Assert.True(result.Succeeded, TestSite.Errors(result));
        // Then the strategic toolkit has the guide once, marked as one that can place a client there
        var strategic = TestSite.Html(result, "stages/strategic/index.html");
        Assert.Equal(["/guides/g/"], strategic.QuerySelectorAll("main a[href^='/guides/']").Select(a => a.GetAttribute("href")));
        Assert.Equal("guide · 2 questions", strategic.QuerySelector(".tool-card .tool-kind")!.TextContent);
        Assert.NotNull(strategic.QuerySelector(".tool-card .tool-note"));
        // And on the tactical page each tool is linked exactly once
        var tactical = TestSite.Html(result, "stages/tactical/index.html").QuerySelectorAll("main a[href^='/guides/'], main a[href^='/checklists/']")
            .Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/checklists/c/", "/guides/g/"], tactical);
    }

    [Fact]
    public async Task The_handout_keeps_the_inline_formatting_of_checklist_items()
    {
        var site = TestSite.Minimal(("checklists/c.md", "---\ntitle: Kick-off\nstages: [tactical]\n---\n- [ ] **Name an owner.** Not \"whoever is free\".\n"));
        var result = await TestSite.BuildAsync(site);
        var item = TestSite.Html(result, "stages/tactical/print/index.html").QuerySelector(".handout-items li")!;
        Assert.Equal("Name an owner.", item.QuerySelector("strong")?.TextContent);
        Assert.Equal("Name an owner. Not \u201cwhoever is free\u201d.", item.TextContent.Trim());
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
        Assert.Equal(["Yes → go to outcome A", "No → go to step 2"], handout.QuerySelectorAll(".handout-steps > li:first-child li").Select(li => li.TextContent.Trim()));
        Assert.Equal(["Astart from the why (stage: Tactical)", "Bwiden the strategy (stage: Strategic)"],
            handout.QuerySelectorAll(".handout-outcomes div").Select(d => d.TextContent.Trim()));
    }
}
