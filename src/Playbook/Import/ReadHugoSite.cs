using Playbook.Diagnostics;
using Playbook.Model;

namespace Playbook.Import;

/// <summary>
/// Reads a Hugo site: <c>content/&lt;section&gt;/x.md</c> (or <c>x/index.md</c>, a page bundle)
/// becomes a page of the kind the section's name gives (<see cref="SourceKinds"/>), pages at the
/// top of <c>content/</c> pages. A section's <c>_index.md</c> is a list page, which Playbook makes
/// itself; it is reported, not imported. URLs are the page's <c>url</c>, or <c>/section/slug/</c>.
/// </summary>
public static class ReadHugoSite
{
    public static List<SourcePage> Read(string root, List<Diagnostic> report)
    {
        var pages = new List<SourcePage>();
        var content = Path.Combine(root, "content");
        if (!Directory.Exists(content))
        {
            report.Add(Diagnostic.Warning("content", 0, 0, ReadFrontMatter.UnmappedRule, "the Hugo site has no content/ folder; there was nothing to import"));
            return pages;
        }
        foreach (var full in Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var inContent = Path.GetRelativePath(content, full).Replace('\\', '/');
            var file = "content/" + inContent;
            var (fields, body, bodyLine) = ReadFrontMatter.Read(file, File.ReadAllText(full), report);
            var name = Path.GetFileNameWithoutExtension(inContent);
            if (name == "_index")
            {
                if (inContent != "_index.md")
                    report.Add(Diagnostic.Warning(file, 1, 1, ReadFrontMatter.UnmappedRule, "a section's list page was not imported; Playbook lists each kind's pages itself"));
                continue;
            }
            var parts = inContent[..^3].Split('/');
            // A page bundle (section/title/index.md) is named by its folder.
            if (name == "index" && parts.Length > 1) parts = parts[..^1];
            var slug = fields.FirstOrDefault(f => f.Key == "slug")?.Text ?? parts[^1];
            var section = parts.Length > 1 ? parts[0] : "";
            var url = fields.FirstOrDefault(f => f.Key == "url")?.Text
                      ?? "/" + string.Join('/', parts[..^1].Append(slug)) + "/";
            var kind = section.Length == 0 ? Kinds.Page : SourceKinds.For(section);
            pages.Add(new SourcePage(file, PageIds.Slugify(parts[^1]), kind, [url, inContent, inContent[..^3]], fields, body, bodyLine));
        }
        return pages;
    }
}
