namespace Playbook.Templates;

// The shapes the checklist, guide and handout layouts read (see LiquidModel for naming).

/// <summary>A stage's client handout: its checklists with empty boxes and its guides as numbered questions.</summary>
public sealed record HandoutView(string StageTitle, string StageUrl, IReadOnlyList<HandoutChecklist> Checklists, IReadOnlyList<HandoutGuide> Guides);

public sealed record HandoutChecklist(string Title, string Description, IReadOnlyList<HandoutSection> Sections);

public sealed record HandoutSection(string Title, IReadOnlyList<Markup> Items);

public sealed record HandoutGuide(string Title, string Description, IReadOnlyList<HandoutStep> Steps, IReadOnlyList<HandoutOutcome> Outcomes);

public sealed record HandoutStep(int Number, string Question, IReadOnlyList<HandoutAnswer> Answers);

/// <summary>An answer and where it leads on paper: "go to step 3" or "go to outcome B".</summary>
public sealed record HandoutAnswer(string Text, string Leads);

public sealed record HandoutOutcome(string Letter, string Title, string Stage);
