using System.Net;
using System.Text;
using Playbook.Model;
using Playbook.Modules;
using Playbook.Pipeline;

namespace Playbook.Output;

/// <summary>
/// Keeps old URLs working. Each <c>aliases</c> entry becomes a line of Netlify's
/// <c>_redirects</c> file and, for every other host, a small page at the old URL that sends the
/// reader on with a meta refresh (no script, so the site's CSP holds) and names the new URL as
/// canonical for search engines.
/// </summary>
public sealed class GenerateRedirects : IModule
{
    public const string RedirectsUrl = "/_redirects";

    /// <summary>Marks a redirect page with the URL it sends to; such pages are left out of the sitemap and feed.</summary>
    public static readonly PageKey<string> TargetKey = new("redirect.target");

    public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
    {
        var taken = pages.Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
        var redirects = pages.Where(p => !p.IsAsset && p.HasHtml)
            .SelectMany(p => p.FrontMatter.Aliases.Select(a => (From: AssignUrls.NormalizeAlias(a), To: p)))
            .Where(r => !taken.Contains(r.From))
            .DistinctBy(r => r.From)
            .OrderBy(r => r.From, StringComparer.Ordinal)
            .ToList();
        var output = pages.ToList();
        if (redirects.Count == 0) return Task.FromResult<IReadOnlyList<Page>>(output);

        // The '!' forces the redirect: Netlify otherwise serves the redirect page that exists at the old path.
        var lines = string.Concat(redirects.Select(r => $"{r.From} {r.To.Url} 301!\n"));
        output.Add(SiteFiles.File(RedirectsUrl, Encoding.UTF8.GetBytes(lines)));
        output.AddRange(redirects.Select(r => new Page
        {
            SourcePath = "",
            Id = "redirect" + r.From.Replace('/', '-').TrimEnd('-'),
            Url = r.From,
            Kind = Kinds.Generated,
            Html = RedirectPage(context, r.To),
        }.With(TargetKey, r.To.Url)));
        return Task.FromResult<IReadOnlyList<Page>>(output);
    }

    private static string RedirectPage(BuildContext context, Page target)
    {
        var url = WebUtility.HtmlEncode(target.Url);
        var title = WebUtility.HtmlEncode(target.Title);
        var canonical = WebUtility.HtmlEncode(SiteFiles.Absolute(context, target.Url));
        return $"""
            <!DOCTYPE html>
            <html lang="{WebUtility.HtmlEncode(context.Config.Site.Language)}">
            <head>
            <meta charset="utf-8">
            <title>Moved: {title}</title>
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={url}">
            <link rel="canonical" href="{canonical}">
            </head>
            <body>
            <p>This page has moved to <a href="{url}">{title}</a>.</p>
            </body>
            </html>

            """;
    }
}
