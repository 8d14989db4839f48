using System.Text;
using Playbook.Diagnostics;
using Playbook.Model;
using Playbook.Modules;

namespace Playbook.Import;

/// <summary>
/// A source page's fields as Playbook front matter: title; description (or excerpt, summary);
/// categories and tags as tags; date; last_modified_at or lastmod as updated; permalink, the old
/// URL, redirect_from and aliases as aliases; draft (or published: false); weight or nav_order as
/// order. Every other field is reported at its line and left out.
/// </summary>
public static class MapFrontMatter
{
    private static readonly string[] Used = ["title", "description", "excerpt", "summary", "categories", "category", "tags", "date", "last_modified_at", "lastmod",
        "updated", "permalink", "redirect_from", "aliases", "draft", "published", "weight", "nav_order", "order", "stage", "stages", "slug", "url"];

    public static string Map(SourcePage page, string url, string defaultStage, ISet<string> tags, ISet<string> stages, List<Diagnostic> report)
    {
        var yaml = new StringBuilder("---\n");
        yaml.Append("title: ").Append(Quote(page.Field("title")?.Text ?? page.Id)).Append('\n');
        if ((page.Field("description") ?? page.Field("excerpt") ?? page.Field("summary")) is { } description)
            yaml.Append("description: ").Append(Quote(description.Text.Trim())).Append('\n');
        yaml.Append("kind: ").Append(page.Kind).Append('\n');
        if (page.Kind != Kinds.Page)
        {
            var pageStages = (page.Field("stages") ?? page.Field("stage"))?.Texts.Select(PageIds.Slugify).Where(s => s.Length > 0).ToList() ?? [];
            if (pageStages.Count == 0) pageStages.Add(defaultStage);
            stages.UnionWith(pageStages);
            yaml.Append("stages: [").Append(string.Join(", ", pageStages)).Append("]\n");
        }
        var pageTags = new[] { "categories", "category", "tags" }.Select(page.Field).OfType<SourceField>()
            .SelectMany(Words).Select(PageIds.Slugify).Where(t => t.Length > 0).Distinct().ToList();
        if (pageTags.Count > 0)
        {
            tags.UnionWith(pageTags);
            yaml.Append("tags: [").Append(string.Join(", ", pageTags)).Append("]\n");
        }
        if (ReadFrontMatter.Date(page.Field("date")?.Text ?? page.FileDate ?? "") is { } date) yaml.Append("date: ").Append(date).Append('\n');
        if ((page.Field("last_modified_at") ?? page.Field("lastmod") ?? page.Field("updated")) is { } updated && ReadFrontMatter.Date(updated.Text) is { } day)
            yaml.Append("updated: ").Append(day).Append('\n');
        var aliases = page.Urls.Take(1).Concat(new[] { "redirect_from", "aliases" }.Select(page.Field).OfType<SourceField>().SelectMany(f => f.Texts))
            .Where(a => a.StartsWith('/') && AssignUrls.NormalizeAlias(a) != url).Distinct().ToList();
        if (aliases.Count > 0) yaml.Append("aliases: [").Append(string.Join(", ", aliases.Select(Quote))).Append("]\n");
        if (page.Field("draft")?.Text == "true" || page.Field("published")?.Text == "false") yaml.Append("draft: true\n");
        if ((page.Field("weight") ?? page.Field("nav_order") ?? page.Field("order")) is { } order && int.TryParse(order.Text, out var n))
            yaml.Append("order: ").Append(n).Append('\n');
        foreach (var field in page.Fields.Where(f => !Used.Contains(f.Key)))
            report.Add(Diagnostic.Warning(page.File, field.Line, field.Column, ReadFrontMatter.UnmappedRule,
                $"the field '{field.Key}' has no Playbook counterpart and was left out; move what it says into the page if it matters"));
        return yaml.Append("---\n").ToString();
    }

    /// <summary>Jekyll reads 'categories: a b' as two categories; a list's items stay whole.</summary>
    private static IEnumerable<string> Words(SourceField field) =>
        field.Value is string text ? text.Split(' ', StringSplitOptions.RemoveEmptyEntries) : field.Texts;

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", " ") + "\"";
}
