namespace Playbook.Model;

/// <summary>Where a front-matter field was written, for diagnostics that point at its line.</summary>
public readonly record struct SourcePosition(int Line, int Column);

/// <summary>A page's front matter after validation: every field typed, every vocabulary checked.</summary>
public sealed record FrontMatter
{
    public static readonly FrontMatter Empty = new();

    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Kind { get; init; }
    public IReadOnlyList<string> Stages { get; init; } = [];
    public string? Phase { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public DateOnly? Date { get; init; }
    public DateOnly? Updated { get; init; }
    public bool Draft { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public int? Order { get; init; }
    public string Audience { get; init; } = Audiences.Public;
    public string? Owner { get; init; }
    public DateOnly? ReviewBy { get; init; }
    public string? Layout { get; init; }
    public string? Slug { get; init; }

    /// <summary>Line and column of each field as written, keyed by field name.</summary>
    public IReadOnlyDictionary<string, SourcePosition> Positions { get; init; } = new Dictionary<string, SourcePosition>();

    /// <summary>Line and column of each item of a list field (stages, tags, aliases), in the order of the list.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SourcePosition>> ItemPositions { get; init; } =
        new Dictionary<string, IReadOnlyList<SourcePosition>>();

    public SourcePosition PositionOf(string field, SourcePosition fallback) =>
        Positions.TryGetValue(field, out var p) ? p : fallback;

    /// <summary>Where the <paramref name="index"/>th item of a list field was written, else where the field was.</summary>
    public SourcePosition PositionOfItem(string field, int index, SourcePosition fallback) =>
        ItemPositions.TryGetValue(field, out var items) && index < items.Count ? items[index] : PositionOf(field, fallback);

    /// <summary>The newest date the page carries, for sitemaps and feeds.</summary>
    public DateOnly? LastModified => Updated ?? Date;
}

public static class Audiences
{
    public const string Public = "public";
    public const string Internal = "internal";
}
