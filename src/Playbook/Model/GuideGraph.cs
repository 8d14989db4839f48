namespace Playbook.Model;

// A decision guide as read from its Markdown: every `##` heading is a step (the first is the
// start) or, when its text starts with "Outcome:", an end of the guide that names a stage.
// Lines and columns are the Markdown file's own (1-based), so checks can point at them.

public sealed record GuideGraph(string Start, IReadOnlyList<GuideStep> Steps, IReadOnlyList<GuideOutcome> Outcomes)
{
    public bool IsOutcome(string id) => Outcomes.Any(o => o.Id == id);

    public bool Contains(string id) => IsOutcome(id) || Steps.Any(s => s.Id == id);
}

public sealed record GuideStep(string Id, string Question, int Line, int Column, IReadOnlyList<GuideAnswer> Answers);

public sealed record GuideAnswer(string Text, string Target, int Line, int Column);

/// <summary>
/// An end of the guide. <see cref="Stage"/> is the stage id the outcome places the client in,
/// or null when the outcome names none; <see cref="StageLine"/> is where it was named.
/// </summary>
public sealed record GuideOutcome(string Id, string Title, string? Stage, int Line, int Column, int StageLine, int StageColumn);
