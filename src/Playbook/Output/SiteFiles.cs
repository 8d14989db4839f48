using System.Globalization;
using Playbook.Model;
using Playbook.Modules;
using Playbook.Pipeline;

namespace Playbook.Output;

/// <summary>
/// What the files beside the HTML pages (sitemap, feed, redirects, playbook.json) agree on:
/// which pages a reader can land on, their absolute URLs and dates.
/// </summary>
public static class SiteFiles
{
    /// <summary>Rendered pages of this build, without the 404 page and the alias redirects.</summary>
    public static IEnumerable<Page> Published(IEnumerable<Page> pages) =>
        pages.Where(p => !p.IsAsset && p.HasHtml && p.Url != AssignUrls.NotFoundUrl
                         && !p.Has(GenerateRedirects.TargetKey));

    /// <summary>Published pages an author wrote, in URL order so the files are stable.</summary>
    public static List<Page> Authored(IEnumerable<Page> pages) =>
        Published(pages).Where(p => p.SourcePath.Length > 0).OrderBy(p => p.Url, StringComparer.Ordinal).ToList();

    public static string Absolute(BuildContext context, string url) => context.BaseUrl + url.TrimStart('/');

    /// <summary>The newest date any page carries: generated pages and the feed take it, so no output depends on the clock.</summary>
    public static DateOnly? Newest(IEnumerable<Page> pages) =>
        pages.Select(p => p.FrontMatter.LastModified).Where(d => d is not null).DefaultIfEmpty(null).Max();

    /// <summary>RFC 3339 at midnight UTC: pages carry dates, Atom wants instants.</summary>
    public static string Instant(DateOnly date) =>
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    /// <summary>A file the build writes as it is.</summary>
    public static Page File(string url, byte[] bytes) =>
        new() { SourcePath = "", Id = url, Url = url, Kind = Kinds.Generated, Bytes = bytes };
}
