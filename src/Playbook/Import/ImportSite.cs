using System.Text;
using System.Text.RegularExpressions;
using Playbook.Diagnostics;
using Playbook.Model;
using Playbook.Modules;

namespace Playbook.Import;

public enum SourceFormat { Jekyll, Hugo }

/// <summary>
/// An existing Jekyll or Hugo site as a Playbook <c>input/</c>: its pages with their front matter
/// mapped and their links rewritten, a <c>playbook.yml</c> that declares every stage and tag the
/// pages use, a page per stage, and a report of everything that could not be mapped.
/// </summary>
public static class ImportSite
{
    public const string DefaultStage = "general";

    public sealed record Result(SortedDictionary<string, string> Files, List<Diagnostic> Report);

    public static Result Import(SourceFormat format, string root, bool checklists)
    {
        var report = new List<Diagnostic>();
        var pages = format == SourceFormat.Jekyll ? ReadJekyllSite.Read(root, report) : ReadHugoSite.Read(root, report);
        pages = Unique(pages, report);
        var byUrl = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in pages)
            foreach (var url in page.Urls) byUrl.TryAdd(Key(url), page.Id);
        string? FindId(string target) => byUrl.GetValueOrDefault(Key(target));

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var tags = new SortedSet<string>(StringComparer.Ordinal);
        var stages = new SortedSet<string>(StringComparer.Ordinal);
        var config = PlaybookConfigText.Kinds;
        foreach (var page in pages)
        {
            var folder = config[page.Kind];
            var path = (folder.Length > 0 ? folder + "/" : "") + page.Id + ".md";
            var url = page.Id == "index" && page.Kind == Model.Kinds.Page ? "/" : "/" + (folder.Length > 0 ? folder + "/" : "") + page.Id + "/";
            var body = RewriteLinks.Rewrite(page, FindId, report);
            if (checklists) body = MapChecklists.Map(body);
            files[path] = MapFrontMatter.Map(page, url, DefaultStage, tags, stages, report) + body;
        }
        if (stages.Count == 0) stages.Add(DefaultStage);
        foreach (var stage in stages) files[$"stages/{stage}.md"] = $"---\ntitle: \"{Title(stage)}\"\ndescription: \"Pages for the {stage} stage.\"\nkind: stage\nstage: {stage}\n---\n\nThe pages of this stage.\n";
        if (!files.ContainsKey("index.md")) files["index.md"] = "---\ntitle: Home\nkind: page\n---\n\nImported pages: see the [stages](/stages/).\n";
        files["playbook.yml"] = PlaybookConfigText.Write(SiteTitle(root) ?? Title(Path.GetFileName(Path.GetFullPath(root).TrimEnd('/'))), stages, tags);
        return new Result(files, [.. report.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)]);
    }

    /// <summary>Playbook ids must be unique; a second page with the same name gets its kind before it (and a number, if that is taken too).</summary>
    private static List<SourcePage> Unique(List<SourcePage> pages, List<Diagnostic> report)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = new List<SourcePage>();
        foreach (var page in pages)
        {
            var id = page.Id;
            if (!seen.Add(id))
            {
                id = page.Kind + "-" + page.Id;
                for (var n = 2; !seen.Add(id); n++) id = $"{page.Kind}-{page.Id}-{n}";
                report.Add(Diagnostic.Warning(page.File, 1, 1, ReadFrontMatter.UnmappedRule, $"another page already has the id '{page.Id}', so this one is '{id}'; rename the file if you want another id"));
            }
            unique.Add(page with { Id = id });
        }
        return unique;
    }

    /// <summary>URLs and paths compared as the same page: no leading or trailing '/', no '.html', '.md' or '/index'.</summary>
    private static string Key(string url)
    {
        var key = url.Trim().Trim('/');
        foreach (var suffix in new[] { ".html", ".md", "/index", "index" })
            if (key.EndsWith(suffix, StringComparison.Ordinal)) key = key[..^suffix.Length].TrimEnd('/');
        return key;
    }

    /// <summary>The site's title from its configuration file (_config.yml, hugo.yaml, hugo.toml, config.toml, ...), if it has one.</summary>
    private static string? SiteTitle(string root)
    {
        foreach (var name in new[] { "_config.yml", "hugo.yaml", "hugo.yml", "config.yaml", "config.yml", "hugo.toml", "config.toml" })
        {
            var path = Path.Combine(root, name);
            if (!File.Exists(path)) continue;
            var match = Regex.Match(File.ReadAllText(path), @"^title\s*[:=]\s*[""']?(?<title>[^""'\n]+?)[""']?\s*$", RegexOptions.Multiline);
            if (match.Success) return match.Groups["title"].Value;
        }
        return null;
    }

    private static string Title(string id) => id.Length == 0 ? "Imported playbook" : char.ToUpperInvariant(id[0]) + id[1..].Replace('-', ' ');
}

/// <summary>The <c>playbook.yml</c> of an imported site: every kind, the stages and tags the pages use, no required fields beyond a title.</summary>
public static class PlaybookConfigText
{
    public static readonly IReadOnlyDictionary<string, string> Kinds = new Dictionary<string, string>
    {
        [Model.Kinds.Article] = "articles", [Model.Kinds.Checklist] = "checklists", [Model.Kinds.Guide] = "guides", [Model.Kinds.Stage] = "stages", [Model.Kinds.Page] = "",
    };

    public static string Write(string title, IEnumerable<string> stages, IEnumerable<string> tags)
    {
        var yaml = new StringBuilder();
        yaml.Append("# Written by 'playbook import'. Stages and tags are those the imported pages use.\n");
        yaml.Append("site:\n  title: \"").Append(title.Replace("\"", "'")).Append("\"\n  base_url: https://playbook.example.org/\n  language: en\n\nstages:\n");
        foreach (var stage in stages) yaml.Append("  - id: ").Append(stage).Append("\n    title: \"").Append(char.ToUpperInvariant(stage[0]) + stage[1..].Replace('-', ' ')).Append("\"\n");
        yaml.Append("\ntags:").Append(tags.Any() ? "\n" + string.Concat(tags.Select(t => $"  - {t}\n")) : " []\n");
        yaml.Append("\nkinds:\n");
        foreach (var (kind, folder) in Kinds)
            yaml.Append("  ").Append(kind).Append(":\n    folder: \"").Append(folder).Append("\"\n    required: [title").Append(kind == Model.Kinds.Stage ? ", stage" : "").Append("]\n");
        yaml.Append("\nnav:\n  - title: Stages\n    url: /stages/\n  - title: Articles\n    url: /articles/\n  - title: Tags\n    url: /tags/\n");
        return yaml.ToString();
    }
}
