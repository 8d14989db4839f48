namespace Playbook.Model;

public enum FieldType { Text, TextList, Date, Boolean, Integer }

public sealed record FieldSpec(string Name, FieldType Type, string Description);

/// <summary>
/// Every front-matter field Playbook knows. Validation and the generated JSON Schema both read
/// this one table, so the editor and the build never disagree about a field.
/// </summary>
public static class FrontMatterFields
{
    public static readonly IReadOnlyList<FieldSpec> All =
    [
        new("title", FieldType.Text, "The page title, shown in the heading, the browser tab and search results."),
        new("description", FieldType.Text, "One sentence shown in lists, search results and link previews."),
        new("kind", FieldType.Text, "The content kind; defaults to the kind whose folder the page is in."),
        new("stage", FieldType.Text, "The one stage a stage page describes, or the single stage of a content page."),
        new("stages", FieldType.TextList, "The stages this page belongs to."),
        new("phase", FieldType.Text, "The adoption phase this page fits; must belong to one of its stages."),
        new("tags", FieldType.TextList, "Tags from the list declared in playbook.yml."),
        new("date", FieldType.Date, "When the page was first published (YYYY-MM-DD)."),
        new("updated", FieldType.Date, "When the page last changed in substance (YYYY-MM-DD)."),
        new("draft", FieldType.Boolean, "A draft is left out of the build unless --drafts is given."),
        new("aliases", FieldType.TextList, "Old URLs of this page; each redirects here."),
        new("order", FieldType.Integer, "Position in lists; lower comes first, then by title."),
        new("audience", FieldType.Text, "public (default) or internal; internal pages are left out of a public build."),
        new("owner", FieldType.Text, "Who keeps this page up to date."),
        new("review_by", FieldType.Date, "The date by which the owner should review the page (YYYY-MM-DD)."),
        new("layout", FieldType.Text, "A layout in theme/layouts to use instead of the kind's own."),
        new("slug", FieldType.Text, "The last part of the page URL; defaults to the file name."),
    ];

    public static FieldSpec? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
