using Markdig.Syntax;

namespace Playbook.Markdown.Guides;

/// <summary>
/// One step or outcome of a guide with everything under its heading, so the page has a
/// section per step: readable one after another without JavaScript, shown one at a time with it.
/// </summary>
public sealed class GuideStepBlock(string stepId, string? stage) : ContainerBlock(null)
{
    public string StepId { get; } = stepId;

    /// <summary>The stage id of an outcome; null for a step with a question.</summary>
    public string? Stage { get; } = stage;

    public bool IsOutcome { get; init; }

    /// <summary>The most questions left from this step, its own included; 0 for an outcome.</summary>
    public int QuestionsLeft { get; init; }

    /// <summary>The stage page an outcome sends the reader on to, when the playbook has one.</summary>
    public (string Title, string Url, int Tone)? StagePage { get; init; }
}
