namespace Playbook.Templates;

// The shapes layouts read. Names become snake_case keys (see LiquidModel).

public sealed record LinkView(string Title, string Url);

/// <summary>A stage and its position in playbook.yml; <see cref="Tone"/> picks its colour class, <c>stage-tone-N</c>.</summary>
public sealed record StageView(string Id, string Title, string Summary, string Url, int Number)
{
    /// <summary>How many stage colours the theme defines (<c>--stage-tone-1</c> … <c>-6</c>); later stages reuse them in turn.</summary>
    public const int Tones = 6;

    public int Tone => ToneOf(Number);

    /// <summary>The colour of the stage at 1-based <paramref name="number"/>; 0 for none.</summary>
    public static int ToneOf(int number) => number < 1 ? 0 : (number - 1) % Tones + 1;
}

public sealed record TagView(string Name, string Url, int Count = 0);

/// <summary>A page as it appears in a list: stage pages, sections, tags, related, backlinks.</summary>
public sealed record ItemView(string Title, string Url, string Description, string Kind, IReadOnlyList<string> Stages);

/// <summary>
/// A card of a stage's toolkit: one per page, with its size ("9 items", "6 questions") when its
/// kind has one; <see cref="LeadsHere"/> marks a guide with an outcome in the stage.
/// </summary>
public sealed record ToolView(string Title, string Url, string Description, string Kind, string Size, IReadOnlyList<string> Stages, bool LeadsHere);

public sealed record TocEntry(int Level, string Id, string Text);

/// <summary>A phase of the stage journey with its stages and the pages filed under it.</summary>
public sealed record PhaseView(string Id, string Title, string Url, IReadOnlyList<StageView> Stages, IReadOnlyList<ItemView> Items);
