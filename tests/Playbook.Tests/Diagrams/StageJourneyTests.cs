using Playbook.Diagrams;
using Playbook.Model;

namespace Playbook.Tests.Diagrams;

public class StageJourneyTests
{
    private static PlaybookConfig Config(IReadOnlyList<Stage> stages, IReadOnlyList<Phase> phases) =>
        new(new SiteSettings("T", "", "https://example.org/", "en", null), stages, phases, [], new Dictionary<string, KindSchema>(), []);

    private static readonly PlaybookConfig ThreeStages = Config(
        [new("a", "Alpha", ""), new("b", "Beta", ""), new("c", "Gamma", "")],
        [new("one", "One", ["a"]), new("two", "Two", ["a", "b"]), new("three", "Three", ["b"]), new("four", "Four", ["c"])]);

    [Fact]
    public void A_phase_of_two_stages_is_shared_between_their_spans()
    {
        var spans = StageJourney.Spans(ThreeStages).ToDictionary(s => s.Stage.Id, s => (s.Start, s.End));

        Assert.Equal((0, 1.5), spans["a"]);
        Assert.Equal((1.5, 3), spans["b"]);
        Assert.Equal((3, 4), spans["c"]);
    }

    [Fact]
    public void A_stage_without_phases_gets_its_own_slot_after_the_last_phase()
    {
        var config = Config([new("a", "Alpha", ""), new("z", "Zeta", "")], [new("one", "One", ["a"])]);

        var spans = StageJourney.Spans(config).ToDictionary(s => s.Stage.Id, s => (s.Start, s.End));

        Assert.Equal((1, 2), spans["z"]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_drawing_has_a_link_per_stage_and_phase_and_marks_the_current_stage(bool wide)
    {
        var svg = StageJourney.Draw(ThreeStages, wide, "b", id => $"/stages/{id}/", id => $"/stages/#phase-{id}");

        Assert.Equal(3, CountOf(svg, "class=\"sj-stage "));
        Assert.Equal(4, CountOf(svg, "class=\"sj-phase"));
        Assert.Equal(1, CountOf(svg, "aria-current=\"page\""));
        Assert.Contains("<a href=\"/stages/b/\" class=\"sj-stage stage-tone-2 sj-here\" aria-current=\"page\">", svg);
        Assert.Contains("Two straddles Alpha and Beta. You are here: Beta.</desc>", svg);
    }

    [Fact]
    public void Stage_tones_follow_the_order_of_playbook_yml_and_cycle_after_six()
    {
        Assert.Equal([1, 2, 6, 1, 2], new[] { 0, 1, 5, 6, 7 }.Select(StageJourney.Tone));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
