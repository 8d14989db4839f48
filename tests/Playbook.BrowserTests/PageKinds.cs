using System.Text;

namespace Playbook.BrowserTests;

/// <summary>
/// What the theme tests read from the fixture's build: one page of each layout (home, article,
/// checklist, guide, stage, stages, section, tags, tag, page, 404), the bytes a page is served
/// with, and the npm tools (axe-core, the Nu HTML checker) that test.sh installs.
/// </summary>
public static class PageKinds
{
    public const string NotFoundUrl = "/404.html";

    /// <summary>The first page (by URL) of every layout the site uses, and the 404 page.</summary>
    public static IReadOnlyList<string> OneUrlPerKind(SiteFixture site) =>
        site.Build.Pages.Where(p => !p.IsAsset && p.Html.Length > 0 && p.Url != NotFoundUrl)
            .GroupBy(p => p.FrontMatter.Layout ?? p.Kind)
            .Select(g => g.Select(p => p.Url).Order(StringComparer.Ordinal).First())
            .Append(NotFoundUrl)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The layout a page was rendered with, as a readable label for test output.</summary>
    public static string KindOf(SiteFixture site, string url)
    {
        if (url == NotFoundUrl) return "404";
        var page = site.Build.Pages.First(p => p.Url == url);
        return page.FrontMatter.Layout ?? page.Kind;
    }

    public static byte[] File(SiteFixture site, string sitePath)
    {
        var path = sitePath.TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
        return site.Build.Files.FirstOrDefault(f => f.Path == path)?.Bytes
            ?? throw new InvalidOperationException($"the build has no file for {sitePath}");
    }

    public static string Html(SiteFixture site, string url) => Encoding.UTF8.GetString(File(site, url));

    /// <summary>A file under this project's node_modules; test.sh runs `npm ci` here when it is missing.</summary>
    public static string NodeTool(string relativePath)
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir, "Playbook.sln"))) dir = Path.GetDirectoryName(dir);
        var path = Path.Combine(dir ?? "", "tests", "Playbook.BrowserTests", "node_modules", relativePath);
        return System.IO.File.Exists(path) ? path
            : throw new InvalidOperationException($"{path} is missing: run ./test.sh, or `npm ci` in tests/Playbook.BrowserTests");
    }
}
