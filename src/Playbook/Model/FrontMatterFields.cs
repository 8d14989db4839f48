using YamlDotNet.RepresentationModel;

namespace Playbook.Model;

public enum FieldType { Text, TextList, Date, Boolean, Integer }

/// <summary>
/// One front-matter field: its name, type and description (for validation and the JSON Schema),
/// how its value sets the typed <see cref="FrontMatter"/>, and, for a field a kind may require,
/// whether a page has given it a value (without one, being written at all counts).
/// </summary>
public sealed record FieldSpec(string Name, FieldType Type, string Description, Func<FrontMatter, FieldValue, FrontMatter> Set,
    Func<FrontMatter, bool>? IsGiven = null);

/// <summary>
/// A field's value as written, read as the type its field asks for. A value of the wrong type is
/// reported (PB0106) as it is read and reads as null.
/// </summary>
public sealed class FieldValue
{
    private readonly YamlNode _node;
    private readonly string _field;
    private readonly YamlValues _values;

    internal FieldValue(YamlNode node, string field, YamlValues values, IReadOnlyList<string> items) =>
        (_node, _field, _values, Items) = (node, field, values, items);

    public string? Text() => _values.Text(_node, _field);
    public DateOnly? Date() => _values.Date(_node, _field);
    public bool? Boolean() => _values.Boolean(_node, _field);
    public int? Integer() => _values.Integer(_node, _field);

    /// <summary>The items of a list field, read once by the caller, which also keeps where each was written.</summary>
    public IReadOnlyList<string> Items { get; }
}

/// <summary>
/// Every front-matter field Playbook knows, in one table: parsing, validation of required fields
/// and the generated JSON Schema all read it, so the editor and the build never disagree about a field.
/// </summary>
public static class FrontMatterFields
{
    public static readonly IReadOnlyList<FieldSpec> All =
    [
        new("title", FieldType.Text, "The page title, shown in the heading, the browser tab and search results.",
            (fm, v) => fm with { Title = v.Text() }, fm => !string.IsNullOrWhiteSpace(fm.Title)),
        new("description", FieldType.Text, "One sentence shown in lists, search results and link previews.",
            (fm, v) => fm with { Description = v.Text() }, fm => !string.IsNullOrWhiteSpace(fm.Description)),
        new("kind", FieldType.Text, "The content kind; defaults to the kind whose folder the page is in.",
            (fm, v) => fm with { Kind = v.Text() }),
        new("stage", FieldType.Text, "The one stage a stage page describes, or the single stage of a content page.",
            (fm, v) => fm with { Stages = v.Text() is { } s ? [s] : [] }, fm => fm.Stages.Count > 0),
        new("stages", FieldType.TextList, "The stages this page belongs to.",
            (fm, v) => fm with { Stages = v.Items }, fm => fm.Stages.Count > 0),
        new("phase", FieldType.Text, "The adoption phase this page fits; must belong to one of its stages.",
            (fm, v) => fm with { Phase = v.Text() }, fm => fm.Phase is not null),
        new("tags", FieldType.TextList, "Tags from the list declared in playbook.yml.",
            (fm, v) => fm with { Tags = v.Items }, fm => fm.Tags.Count > 0),
        new("date", FieldType.Date, "When the page was first published (YYYY-MM-DD).",
            (fm, v) => fm with { Date = v.Date() }, fm => fm.Date is not null),
        new("updated", FieldType.Date, "When the page last changed in substance (YYYY-MM-DD).",
            (fm, v) => fm with { Updated = v.Date() }, fm => fm.Updated is not null),
        new("draft", FieldType.Boolean, "A draft is left out of the build unless --drafts is given.",
            (fm, v) => fm with { Draft = v.Boolean() ?? false }),
        new("aliases", FieldType.TextList, "Old URLs of this page; each redirects here.",
            (fm, v) => fm with { Aliases = v.Items }),
        new("order", FieldType.Integer, "Position in lists; lower comes first, then by title.",
            (fm, v) => fm with { Order = v.Integer() }),
        new("audience", FieldType.Text, "public (default) or internal; internal pages are left out of a public build.",
            (fm, v) => fm with { Audience = v.Text() ?? Audiences.Public }),
        new("owner", FieldType.Text, "Who keeps this page up to date.",
            (fm, v) => fm with { Owner = v.Text() }, fm => fm.Owner is not null),
        new("review_by", FieldType.Date, "The date by which the owner should review the page (YYYY-MM-DD).",
            (fm, v) => fm with { ReviewBy = v.Date() }, fm => fm.ReviewBy is not null),
        new("layout", FieldType.Text, "A layout in theme/layouts to use instead of the kind's own.",
            (fm, v) => fm with { Layout = v.Text() }),
        new("slug", FieldType.Text, "The last part of the page URL; defaults to the file name.",
            (fm, v) => fm with { Slug = v.Text() }),
    ];

    public static FieldSpec? Find(string name) => All.FirstOrDefault(f => f.Name == name);

    /// <summary>Whether <paramref name="fm"/> gives <paramref name="field"/> a value, as a kind that requires the field asks.</summary>
    public static bool IsGiven(FrontMatter fm, string field) =>
        Find(field)?.IsGiven is { } given ? given(fm) : fm.Positions.ContainsKey(field);
}
