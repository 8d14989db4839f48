using System.Text.RegularExpressions;
using Playbook.Diagnostics;
using Playbook.Model;

namespace Playbook.Import;

/// <summary>
/// Reads a Jekyll site: <c>_posts/2024-01-02-title.md</c> become articles (the date from the file
/// name), each collection's folder (<c>_docs/</c>, as <c>_config.yml</c>'s <c>collections</c> lists
/// them) a kind by its name (<see cref="SourceKinds"/>), and Markdown pages elsewhere pages. Each
/// page's URLs there (its <c>permalink</c>, or Jekyll's default for its place) are kept for links and aliases.
/// </summary>
public static partial class ReadJekyllSite
{
    private static readonly string[] Skipped = ["_site", "_layouts", "_includes", "_sass", "_data", "_drafts", "node_modules", "vendor", "assets"];

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})-(.+)$")]
    private static partial Regex PostName();

    public static List<SourcePage> Read(string root, List<Diagnostic> report)
    {
        var pages = new List<SourcePage>();
        foreach (var full in Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(root, full).Replace('\\', '/');
            var top = file.Contains('/') ? file[..file.IndexOf('/')] : "";
            if (Skipped.Contains(top) || file.Split('/').Any(p => p.StartsWith('.')) || file is "README.md" or "CHANGELOG.md") continue;
            var (fields, body, bodyLine) = ReadFrontMatter.Read(file, File.ReadAllText(full), report);
            var name = Path.GetFileNameWithoutExtension(file);
            var permalink = fields.FirstOrDefault(f => f.Key == "permalink")?.Text;
            if (top == "_posts" && PostName().Match(name) is { Success: true } post)
            {
                var slug = post.Groups[4].Value;
                var (y, m, d) = (post.Groups[1].Value, post.Groups[2].Value, post.Groups[3].Value);
                var categories = fields.FirstOrDefault(f => f.Key is "categories" or "category")?.Texts.SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)) ?? [];
                var prefix = string.Concat(categories.Select(c => "/" + PageIds.Slugify(c)));
                string[] urls = [permalink ?? $"{prefix}/{y}/{m}/{d}/{slug}.html", name];
                pages.Add(new SourcePage(file, PageIds.Slugify(slug), Kinds.Article, urls, fields, body, bodyLine) { FileDate = $"{y}-{m}-{d}" });
            }
            else if (top.StartsWith('_'))
            {
                var collection = top[1..];
                var below = file[(top.Length + 1)..^3];
                pages.Add(new SourcePage(file, PageIds.Slugify(name), SourceKinds.For(collection), [permalink ?? $"/{collection}/{below}/", file], fields, body, bodyLine));
            }
            else
            {
                var path = file[..^3];
                var url = permalink ?? (name == "index" ? "/" + path[..^"index".Length] : $"/{path}.html");
                pages.Add(new SourcePage(file, name == "index" && path == "index" ? "index" : PageIds.Slugify(name), Kinds.Page, [url, file], fields, body, bodyLine));
            }
        }
        return pages;
    }
}
