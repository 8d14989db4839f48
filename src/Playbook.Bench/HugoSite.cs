using System.Text;
using System.Text.RegularExpressions;
using Playbook.Model;

namespace Playbook.Bench;

/// <summary>
/// Writes the same corpus as a Hugo site with minimal layouts equivalent to Playbook's theme: the
/// same header navigation, breadcrumbs, stage / phase / tag metadata, table of contents and previous /
/// next links; stages and tags are taxonomies, so stage pages list their content. Cross-links become
/// plain site paths, which Hugo does not check. Hugo is asked for less than Playbook does: no related
/// pages (Hugo's <c>.Related</c> alone took 20 s of CPU at 4,000 pages here), no backlinks, no link check.
/// </summary>
public static partial class HugoSite
{
    public static void Write(string siteDir, PlaybookConfig config, IReadOnlyList<PageSpec> pages, string css)
    {
        var urls = pages.ToDictionary(p => p.Id, p => $"/{p.Folder}/{p.Id}/");
        Directory.CreateDirectory(siteDir);
        File.WriteAllText(Path.Combine(siteDir, "hugo.toml"), Config(config));
        var content = Path.Combine(siteDir, "content");
        WriteFile(content, "_index.md", Front("Home", "A synthetic playbook for the benchmark.") + "The [first stage](/stages/tactical/) is where most clients start.\n");
        WriteFile(content, "about.md", Front("About", "What this benchmark corpus is.") + "Pages generated from a fixed seed.\n");
        WriteFile(content, "stages/_index.md", Front("Stages", "The journey from the first phase to the last, stage by stage."));
        foreach (var (folder, title) in new[] { ("articles", "Articles"), ("checklists", "Checklists"), ("guides", "Decision guides") })
            WriteFile(content, $"{folder}/_index.md", Front(title, $"Every page in {folder}."));

        foreach (var page in pages)
        {
            var body = Xref().Replace(page.Body, m => urls[m.Groups[1].Value] + m.Groups[2].Value);
            var path = page.Kind == "stage" ? $"stages/{page.Id}/_index.md" : $"{page.Folder}/{page.Id}.md";
            WriteFile(content, path, FrontMatter(page) + body);
        }

        foreach (var (path, text) in Layouts)
            WriteFile(Path.Combine(siteDir, "layouts"), path, text);
        WriteFile(Path.Combine(siteDir, "static"), "css/site.css", css);
    }

    private static void WriteFile(string root, string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string Front(string title, string description) =>
        $"---\ntitle: {Quote(title)}\ndescription: {Quote(description)}\n---\n\n";

    private static string FrontMatter(PageSpec page)
    {
        var sb = new StringBuilder("---\n");
        sb.Append($"title: {Quote(page.Title)}\ndescription: {Quote(page.Description)}\n");
        sb.Append($"date: {page.Date:yyyy-MM-dd}\nlastmod: {page.Updated:yyyy-MM-dd}\n");
        sb.Append($"kind: {page.Kind}\n");
        if (page.Kind != "stage") sb.Append($"stages: [{string.Join(", ", page.Stages)}]\n");
        if (page.Phase is not null) sb.Append($"phase: {page.Phase}\n");
        if (page.Tags.Count > 0) sb.Append($"tags: [{string.Join(", ", page.Tags)}]\n");
        return sb.Append("---\n\n").ToString();
    }

    private static string Config(PlaybookConfig config)
    {
        var sb = new StringBuilder();
        sb.Append($"baseURL = {Quote(config.Site.BaseUrl)}\nlanguageCode = {Quote(config.Site.Language)}\ntitle = {Quote(config.Site.Title)}\n");
        // Playbook writes neither feeds nor a sitemap yet; Hugo is asked for the same set of pages.
        sb.Append("disableKinds = [\"RSS\", \"sitemap\", \"robotsTXT\"]\n");
        sb.Append("[taxonomies]\n  tag = \"tags\"\n  stage = \"stages\"\n");
        sb.Append("[markup.tableOfContents]\n  startLevel = 2\n  endLevel = 3\n");
        sb.Append("[params]\n");
        foreach (var phase in config.Phases) sb.Append($"  phase_{phase.Id.Replace('-', '_')} = {Quote(phase.Title)}\n");
        var weight = 1;
        foreach (var item in config.Nav)
            sb.Append($"[[menu.main]]\n  name = {Quote(item.Title)}\n  url = {Quote(item.Url)}\n  weight = {weight++}\n");
        return sb.ToString();
    }

    [GeneratedRegex(@"xref:([A-Za-z0-9-]+)(#[A-Za-z0-9-]+)?")]
    private static partial Regex Xref();

    private static readonly (string Path, string Text)[] Layouts =
    [
        ("_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="{{ .Site.LanguageCode }}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ if .IsHome }}{{ .Site.Title }}{{ else }}{{ .Title }} · {{ .Site.Title }}{{ end }}</title>
            <meta name="description" content="{{ .Description }}">
            <link rel="canonical" href="{{ .Permalink }}">
            <link rel="stylesheet" href="/css/site.css">
            </head>
            <body class="kind-{{ .Kind }}">
            <a class="skip-link" href="#main">Skip to content</a>
            <header class="site-header"><div class="site-header-inner"><a class="site-title" href="/">{{ .Site.Title }}</a>
            <nav class="site-nav" aria-label="Site"><ul>{{ $current := .RelPermalink }}{{ range .Site.Menus.main }}<li><a href="{{ .URL }}"{{ if eq .URL $current }} aria-current="page"{{ end }}>{{ .Name }}</a></li>{{ end }}</ul></nav>
            </div></header>
            <div class="shell"><main id="main" tabindex="-1">
            {{ block "main" . }}{{ end }}
            </main></div>
            <footer class="site-footer"><p>{{ .Site.Title }}{{ range .Site.Menus.main }} · <a href="{{ .URL }}">{{ .Name }}</a>{{ end }}</p></footer>
            </body>
            </html>
            """),
        ("_default/single.html", """
            {{ define "main" }}
            <nav class="breadcrumbs" aria-label="Breadcrumbs"><ol><li><a href="/">Home</a></li>{{ with .Parent }}{{ if not .IsHome }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}<li aria-current="page">{{ .Title }}</li></ol></nav>
            <article class="page page-{{ .Params.kind }}">
            <header class="page-header"><h1>{{ .Title }}</h1><p class="lede">{{ .Description }}</p>
            <dl class="page-meta">
            {{ with .GetTerms "stages" }}<div><dt>Stage</dt><dd>{{ range . }}<a class="stage-chip" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</dd></div>{{ end }}
            {{ with .Params.phase }}<div><dt>Phase</dt><dd>{{ index $.Site.Params (printf "phase_%s" .) }}</dd></div>{{ end }}
            {{ with .GetTerms "tags" }}<div><dt>Tags</dt><dd>{{ range . }}<a class="tag" href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</dd></div>{{ end }}
            <div><dt>Updated</dt><dd><time datetime="{{ .Lastmod.Format "2006-01-02" }}">{{ .Lastmod.Format "2 January 2006" }}</time></dd></div>
            </dl></header>
            <nav class="toc" aria-label="On this page"><h2 class="toc-title">On this page</h2>{{ .TableOfContents }}</nav>
            <div class="prose">{{ .Content }}</div>
            <nav class="pager" aria-label="Previous and next">{{ with .PrevInSection }}<a class="pager-prev" rel="prev" href="{{ .RelPermalink }}"><span>Previous</span> {{ .Title }}</a>{{ end }}{{ with .NextInSection }}<a class="pager-next" rel="next" href="{{ .RelPermalink }}"><span>Next</span> {{ .Title }}</a>{{ end }}</nav>
            </article>
            {{ end }}
            """),
        ("_default/list.html", """
            {{ define "main" }}
            <article class="page page-section">
            <h1>{{ .Title }}</h1>
            <p class="lede">{{ .Description }}</p>
            <div class="prose">{{ .Content }}</div>
            {{ range .Pages.GroupBy "Section" }}<section class="stage-group"><h2>{{ .Key }}</h2><ul class="item-list">{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Description }}<p>{{ . }}</p>{{ end }}</li>{{ end }}</ul></section>{{ end }}
            </article>
            {{ end }}
            """),
        ("404.html", """
            {{ define "main" }}<article class="page"><h1>Page not found</h1><p>Go back to the <a href="/">home page</a>.</p></article>{{ end }}
            """),
    ];
}
