namespace Playbook.Import;

/// <summary>One front-matter field of a source page, at its line and column in the source file (1-based).</summary>
public sealed record SourceField(string Key, object Value, int Line, int Column)
{
    /// <summary>The value as a list: a list as it is, one text as a list of one (Jekyll allows 'tags: a b').</summary>
    public IReadOnlyList<string> Texts => Value is IReadOnlyList<string> list ? list : [(string)Value];

    public string Text => Value is IReadOnlyList<string> list ? string.Join(", ", list) : (string)Value;
}

/// <summary>
/// A page of the site being imported, as read: where it is, the id and kind it gets, the URLs it
/// had there (so links to them can be found and old addresses redirect), its fields and its body.
/// </summary>
public sealed record SourcePage(string File, string Id, string Kind, IReadOnlyList<string> Urls, IReadOnlyList<SourceField> Fields, string Body, int BodyLine)
{
    /// <summary>A date the file name carries (Jekyll posts: 2024-01-02-title.md).</summary>
    public string? FileDate { get; init; }

    public SourceField? Field(string key) => Fields.FirstOrDefault(f => f.Key == key);
}
