using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Playbook.Diagnostics;
using Playbook.Markdown;
using Playbook.Model;
using Playbook.Pipeline;

namespace Playbook.Modules;

/// <summary>
/// Resolves every link of every page before it is rendered: <c>xref:id#anchor</c> and relative
/// <c>.md</c> links become page URLs, other relative paths become site paths. A link to a page
/// that does not exist, or that this build leaves out, is reported at its Markdown line.
/// The syntax tree belongs to its page until it is rendered, so links are rewritten in place.
/// </summary>
public sealed class ResolveCrossLinks : PerPageModule<ResolveCrossLinks.Targets>
{
    /// <summary>Links already reported here, so the link check does not report them a second time.</summary>
    public static readonly PageKey<IReadOnlySet<string>> ReportedKey = new("links.reported");

    /// <summary>The pages a link can point at: every Markdown page, by id and by file.</summary>
    public sealed record Targets(Dictionary<string, Page> ById, Dictionary<string, Page> BySource);

    protected override Targets Gather(IReadOnlyList<Page> pages, BuildContext context)
    {
        var content = pages.Where(p => p.IsMarkdown).ToList();
        var byId = new Dictionary<string, Page>(content.Count, StringComparer.Ordinal);
        foreach (var page in content) byId.TryAdd(page.Id, page);
        return new Targets(byId, content.ToDictionary(p => p.SourcePath, StringComparer.Ordinal));
    }

    protected override bool Handles(Page page) => page.IsMarkdown;

    protected override Page Transform(Page page, Targets site, BuildContext context) => Resolve(page, site.ById, site.BySource, context);

    private static Page Resolve(Page page, Dictionary<string, Page> byId, Dictionary<string, Page> bySource, BuildContext context)
    {
        var linksTo = new List<string>();
        // Links an earlier check already reported (a guide's answers and stages) are not reported twice.
        var reported = new HashSet<string>(page.Get(ReportedKey) ?? (IEnumerable<string>)[], StringComparer.Ordinal);
        var origins = new List<LinkOrigin>();
        // Links are rewritten in place, so the tree moves to the page this returns.
        var body = page.Document!.Take();
        foreach (var link in body.Tree.Descendants<LinkInline>())
        {
            var url = link.Url ?? "";
            if (reported.Contains(url)) continue;
            var (line, column) = (link.Line + 1, link.Column + 1);
            // A link reported here stays broken in the HTML; the link check must not report it again.
            void Report(string rule, string message)
            {
                context.Report(Diagnostic.Error(page.SourcePath, line, column, rule, message));
                reported.Add(link.Url ?? "");
            }

            Page? target = null;
            var anchor = "";
            if (url.StartsWith(PlaybookMarkdown.XrefScheme, StringComparison.Ordinal))
            {
                var (id, hash) = SplitAnchor(url[PlaybookMarkdown.XrefScheme.Length..]);
                anchor = hash;
                if (!byId.TryGetValue(id, out target))
                {
                    Report("PB0203", $"unknown xref '{id}'{Suggest.DidYouMean(id, byId.Keys)}");
                    continue;
                }
            }
            else if (IsRelative(url))
            {
                var (path, hash) = SplitAnchor(url);
                var resolved = Combine(page.SourcePath, Uri.UnescapeDataString(path));
                if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                {
                    anchor = hash;
                    if (resolved is null || !bySource.TryGetValue(resolved, out target))
                    {
                        Report("PB0201", $"link to '{path}' points at no page in the input; check the file name and folder");
                        continue;
                    }
                }
                else if (resolved is null)
                {
                    Report("PB0201", $"link '{url}' leaves the input folder");
                    continue;
                }
                else
                    link.Url = "/" + resolved + hash;
            }

            if (target is not null)
            {
                link.Url = target.Url + anchor;
                if (target.Get(SelectAudience.ExcludedReason) is { } reason && !page.Has(SelectAudience.ExcludedReason))
                {
                    Report("PB0204", $"links to '{target.Id}', which is {reason} and not part of this build; remove the link or publish the page");
                }
                if (link.FirstChild is null) link.AppendChild(new LiteralInline(target.Title));
                linksTo.Add(target.Id);
            }
            if (!link.IsImage) origins.Add(new LinkOrigin(link.Url ?? "", line, column));
        }
        var result = page with { Document = body, LinksTo = [.. linksTo.Distinct()], LinkOrigins = [.. origins] };
        return reported.Count == 0 ? result : result.With(ReportedKey, reported);
    }

    private static (string Path, string Anchor) SplitAnchor(string url)
    {
        var i = url.IndexOf('#');
        return i < 0 ? (url, "") : (url[..i], url[i..]);
    }

    private static bool IsRelative(string url) =>
        url.Length > 0 && url[0] != '#' && url[0] != '/' && !url.Contains(':') && !url.StartsWith("//");

    /// <summary>Joins a relative link to the folder of the page it is written in; null when it climbs out of the input.</summary>
    public static string? Combine(string sourcePath, string relative)
    {
        var parts = sourcePath.Split('/').SkipLast(1).ToList();
        foreach (var part in relative.Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(part);
        }
        return string.Join('/', parts);
    }
}
