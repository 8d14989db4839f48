using Playbook.Model;
using Playbook.Modules;
using Playbook.Tests.Support;

namespace Playbook.Tests.Modules;

// One small site per graph rule. Front matter takes lines 1-3, so a guide's body starts on line 4.
public class ValidateGuideGraphTests
{
    private static Dictionary<string, string> Guide(params string[] body) =>
        TestSite.Minimal(("guides/g.md", "---\ntitle: G\n---\n" + string.Join("\n", body) + "\n"));

    private static async Task<List<string>> ErrorsOf(Dictionary<string, string> site) =>
        (await TestSite.BuildAsync(site)).Diagnostics.Select(d => d.ToString()).ToList();

    [Fact]
    public async Task A_valid_guide_builds_and_its_graph_is_in_the_page_data()
    {
        // Given a guide with two steps and one outcome
        var site = Guide(
            "## Start? {#start}", "",
            "- [Yes](#more)",
            "- [No](#outcome-a)", "",
            "## More? {#more}", "",
            "- [Done](#outcome-a)", "",
            "## Outcome: A plan {#outcome-a}", "",
            "Stage: [](xref:tactical)");
        // When the site is built
        var result = await TestSite.BuildAsync(site);
        // Then it succeeds and the graph has the steps, answers and outcome with their lines
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var graph = result.Pages.Single(p => p.Id == "g").Get(ReadGuideGraph.Key)!;
        Assert.Equal("start", graph.Start);
        Assert.Equal([("start", "Start?", 4), ("more", "More?", 9)], graph.Steps.Select(s => (s.Id, s.Question, s.Line)));
        Assert.Equal([("Yes", "more"), ("No", "outcome-a")], graph.Steps[0].Answers.Select(a => (a.Text, a.Target)));
        var outcome = Assert.Single(graph.Outcomes);
        Assert.Equal(("outcome-a", "A plan", "tactical", 13), (outcome.Id, outcome.Title, outcome.Stage, outcome.Line));
    }

    [Fact]
    public async Task Steps_without_an_explicit_id_are_named_by_their_heading()
    {
        var site = Guide(
            "## Is it new?", "",
            "- [Yes](#outcome-fresh-start)", "",
            "## Outcome: fresh start", "",
            "Stage: [](xref:tactical)");
        var result = await TestSite.BuildAsync(site);
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var graph = result.Pages.Single(p => p.Id == "g").Get(ReadGuideGraph.Key)!;
        Assert.Equal(("is-it-new", "outcome-fresh-start"), (graph.Start, graph.Outcomes[0].Id));
    }

    [Fact]
    public async Task An_answer_leading_nowhere_is_an_error_at_the_answer_with_a_suggestion()
    {
        // Given an answer whose target is misspelt
        var site = Guide(
            "## Start? {#start}", "",
            "- [Yes](#outcome-a)",
            "- [No](#outcom-b)", "",
            "## Outcome: A {#outcome-a}", "",
            "Stage: [](xref:tactical)");
        // When the site is built
        var errors = await ErrorsOf(site);
        // Then the answer's link is reported once, by the guide check, not again as a broken anchor
        Assert.Equal(["guides/g.md(7,3): error PB0301: answer leads to '#outcom-b', which is not a step or outcome of this guide; did you mean 'outcome-a'?"], errors);
    }

    [Fact]
    public async Task A_step_no_answer_leads_to_is_an_error_at_its_heading()
    {
        var site = Guide(
            "## Start? {#start}", "",
            "- [Yes](#outcome-a)", "",
            "## Lost? {#lost}", "",
            "- [Yes](#outcome-a)", "",
            "## Outcome: A {#outcome-a}", "",
            "Stage: [](xref:tactical)");
        var errors = await ErrorsOf(site);
        Assert.Equal(["guides/g.md(8,1): error PB0302: no answer leads to step 'lost', so no walk from the first step reaches it; link an answer to '#lost' or remove the step"], errors);
    }

    [Fact]
    public async Task A_step_with_no_answers_that_is_not_an_outcome_is_an_error()
    {
        var site = Guide(
            "## Start? {#start}", "",
            "- [Yes](#outcome-a)",
            "- [No](#stuck)", "",
            "## Stuck {#stuck}", "",
            "Nothing to choose here.", "",
            "## Outcome: A {#outcome-a}", "",
            "Stage: [](xref:tactical)");
        var errors = await ErrorsOf(site);
        Assert.Equal(["guides/g.md(9,1): error PB0303: step 'stuck' has no answers; add answer links such as '- [Yes](#next-step)', or start its heading with 'Outcome:' to end the guide there"], errors);
    }

    [Fact]
    public async Task An_answer_that_loops_back_is_an_error_at_that_answer()
    {
        var site = Guide(
            "## Start? {#start}", "",
            "- [Yes](#again)",
            "- [No](#outcome-a)", "",
            "## Again? {#again}", "",
            "- [Back to the start](#start)",
            "- [On](#outcome-a)", "",
            "## Outcome: A {#outcome-a}", "",
            "Stage: [](xref:tactical)");
        var errors = await ErrorsOf(site);
        Assert.Equal(["guides/g.md(11,3): error PB0304: this answer leads back to 'start' and makes a loop (start → again → start); every answer must move the reader on towards an outcome"], errors);
    }

    [Fact]
    public async Task A_step_from_which_no_walk_ends_in_an_outcome_is_an_error_beside_its_loop()
    {
        // Given a step whose only answer leads back to itself
        var site = Guide(
            "## Start? {#start}", "",
            "- [Yes](#outcome-a)",
            "- [No](#spin)", "",
            "## Spin? {#spin}", "",
            "- [Round again](#spin)", "",
            "## Outcome: A {#outcome-a}", "",
            "Stage: [](xref:tactical)");
        var errors = await ErrorsOf(site);
        // Then both the loop and the dead end are reported, each at its own line
        Assert.Equal([
            "guides/g.md(9,1): error PB0305: no walk from step 'spin' ends in an outcome; give it an answer that leads towards an 'Outcome:' heading",
            "guides/g.md(11,3): error PB0304: this answer leads back to 'spin' and makes a loop (spin → spin); every answer must move the reader on towards an outcome",
        ], errors);
    }

    [Fact]
    public async Task An_outcome_without_a_stage_is_an_error_at_its_heading()
    {
        var site = Guide(
            "## Start? {#start}", "",
            "- [Yes](#outcome-a)", "",
            "## Outcome: A {#outcome-a}", "",
            "Make a plan.");
        var errors = await ErrorsOf(site);
        Assert.Equal(["guides/g.md(8,1): error PB0306: outcome 'outcome-a' names no stage; add a line 'Stage: [](xref:<stage-id>)' under its heading"], errors);
    }

    [Fact]
    public async Task An_outcome_naming_an_unknown_stage_is_one_error_at_the_stage_link()
    {
        var site = Guide(
            "## Start? {#start}", "",
            "- [Yes](#outcome-a)", "",
            "## Outcome: A {#outcome-a}", "",
            "Stage: [](xref:tacticle)");
        var errors = await ErrorsOf(site);
        Assert.Equal(["guides/g.md(10,8): error PB0307: outcome 'outcome-a' names unknown stage 'tacticle'; did you mean 'tactical'?"], errors);
    }

    [Fact]
    public async Task A_stage_may_be_named_in_plain_text()
    {
        var site = Guide(
            "## Start? {#start}", "",
            "- [Yes](#outcome-a)", "",
            "## Outcome: A {#outcome-a}", "",
            "Stage: strategic");
        var result = await TestSite.BuildAsync(site);
        Assert.True(result.Succeeded, TestSite.Errors(result));
        Assert.Equal("strategic", result.Pages.Single(p => p.Id == "g").Get(ReadGuideGraph.Key)!.Outcomes[0].Stage);
    }

    [Fact]
    public async Task A_guide_without_steps_is_an_error_at_its_first_line()
    {
        var errors = await ErrorsOf(Guide("Just some advice."));
        Assert.Equal(["guides/g.md(4,1): error PB0308: a guide needs steps: '## Question {#id}' headings with answer links such as '- [Yes](#next-step)', and '## Outcome: ...' headings that end it"], errors);
    }

    [Fact]
    public async Task Two_steps_with_the_same_id_are_an_error_at_the_second()
    {
        var site = Guide(
            "## Start? {#start}", "",
            "- [Yes](#outcome-a)", "",
            "## Outcome: A {#outcome-a}", "",
            "Stage: [](xref:tactical)", "",
            "## Outcome: B {#outcome-a}", "",
            "Stage: [](xref:strategic)");
        var errors = await ErrorsOf(site);
        Assert.Equal(["guides/g.md(12,1): error PB0309: another step already has the id 'outcome-a'; give this heading its own id with {#new-id}"], errors);
    }
}
