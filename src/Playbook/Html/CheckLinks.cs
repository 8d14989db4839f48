using Playbook.Diagnostics;
using Playbook.Modules;
using Playbook.Pipeline;

namespace Playbook.Html;

/// <summary>
/// Every internal link and #anchor of every output page, theme included, must land on a page
/// and an element that exist. A broken one is an error at the Markdown line it was written on
/// (or at the page, when the link comes from the theme). External links are not fetched.
/// </summary>
public sealed class CheckLinks : IModule
{
    public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
    {
        Check(pages, pages, context);
        return Task.FromResult(pages);
    }

    /// <summary>Checks the links of <paramref name="pages"/> against the pages and ids of <paramref name="site"/>.</summary>
    public static void Check(IEnumerable<Page> pages, IReadOnlyList<Page> site, BuildContext context)
    {
        var byUrl = new Dictionary<string, Page>(StringComparer.Ordinal);
        foreach (var page in site) byUrl.TryAdd(page.Url, page);
        Parallel.ForEach(pages.Where(p => p.Has(CollectIdsAndLinks.LinksKey)), context.Parallelism, page => Check(page, byUrl, context));
    }

    private static void Check(Page page, Dictionary<string, Page> byUrl, BuildContext context)
    {
        var reported = page.Get(ResolveCrossLinks.ReportedKey);
        foreach (var href in page.Get(CollectIdsAndLinks.LinksKey)!.Distinct())
        {
            if (reported?.Contains(href) == true) continue;
            if (href.Length == 0 || href.Contains(':') || href.StartsWith("//")) continue;
            var hash = href.IndexOf('#');
            var path = hash < 0 ? href : href[..hash];
            var fragment = hash < 0 ? "" : Uri.UnescapeDataString(href[(hash + 1)..]);
            var query = path.IndexOf('?');
            if (query >= 0) path = path[..query];

            var targetUrl = path.Length == 0 ? page.Url : Resolve(page.Url, Uri.UnescapeDataString(path));
            var target = Find(targetUrl, byUrl);
            if (target is null)
                Report(page, href, context, "PB0201", $"broken link '{href}': no page or file at {targetUrl}");
            else if (fragment.Length > 0 && !target.IsAsset &&
                     !(target.Get(CollectIdsAndLinks.IdsKey) is { } ids && ids.Contains(fragment)))
                Report(page, href, context, "PB0202", $"broken anchor '#{fragment}': {target.Url} has no element with that id; check the heading's text");
        }
    }

    private static Page? Find(string url, Dictionary<string, Page> byUrl)
    {
        if (byUrl.TryGetValue(url, out var page)) return page;
        if (url.EndsWith("/index.html") && byUrl.TryGetValue(url[..^"index.html".Length], out page)) return page;
        if (!url.EndsWith('/') && byUrl.TryGetValue(url + "/", out page)) return page;
        return null;
    }

    private static string Resolve(string baseUrl, string path)
    {
        if (path.StartsWith('/')) return path;
        var folder = baseUrl[..(baseUrl.LastIndexOf('/') + 1)];
        var combined = ResolveCrossLinks.Combine(folder.TrimStart('/') + "x", path);
        return "/" + (combined ?? "") + (path.EndsWith('/') ? "/" : "");
    }

    private static void Report(Page page, string href, BuildContext context, string rule, string message)
    {
        var origin = page.LinkOrigins.FirstOrDefault(o => o.Href == href);
        var file = page.SourcePath.Length > 0 ? page.SourcePath : $"(generated page {page.Url})";
        context.Report(origin is null
            ? Diagnostic.Error(file, 0, 0, rule, message + " (the link comes from the theme's layout)")
            : Diagnostic.Error(file, origin.Line, origin.Column, rule, message));
    }
}
