using Playbook.Diagrams;
using Playbook.Model;

namespace Playbook.Tests.Diagrams;

public class GuideFlowchartTests
{
    private static GuideAnswer Answer(string text) => new(text, "next", 1, 1);

    [Fact]
    public void An_arrow_is_labelled_with_the_answers_short_lead()
    {
        var labels = GuideFlowchart.Labels([Answer("No, it is starting out"), Answer("Not yet: in a few months"), Answer("Yes; it posts daily")]);

        Assert.Equal(["No", "Not yet", "Yes"], labels);
    }

    [Fact]
    public void An_answer_without_a_short_lead_is_labelled_in_full()
    {
        var labels = GuideFlowchart.Labels([Answer("Someone senior is asking whether it is worth the money"), Answer("The in-house person holds the strategy and the voice, with one partner")]);

        Assert.Equal(["Someone senior is asking whether it is worth the money", "The in-house person holds the strategy and the voice, with one partner"], labels);
    }

    [Fact]
    public void Answers_of_one_step_that_share_a_lead_are_labelled_in_full()
    {
        var labels = GuideFlowchart.Labels([Answer("No, never"), Answer("No, not yet"), Answer("Yes, always")]);

        Assert.Equal(["No, never", "No, not yet", "Yes"], labels);
    }
}
