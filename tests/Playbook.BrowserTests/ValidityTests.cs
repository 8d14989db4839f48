using System.Diagnostics;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Playbook.Files;
using Playbook.Pipeline;

namespace Playbook.BrowserTests;

/// <summary>
/// The built HTML itself: valid for the W3C Nu checker, nothing a strict Content-Security-Policy
/// would block, and every asset referenced by its fingerprinted name.
/// </summary>
[Collection(SiteCollection.Name)]
public partial class ValidityTests(SiteFixture site)
{
    private static readonly HtmlParser Parser = new();

    [GeneratedRegex(@"^/assets/.+\.[0-9a-f]{10}\.[a-z0-9]+$")]
    private static partial Regex FingerprintedAsset();

    [Fact]
    public void No_page_has_an_inline_script_event_handler_or_style()
    {
        // Given every page of the built default playbook
        var problems = new List<string>();
        foreach (var url in site.PageUrls)
        {
            // When its served HTML is parsed
            var document = Parser.ParseDocument(PageKinds.Html(site, url));

            // Then no script lacks a src, no element has an on* handler or a style attribute, and there is no <style>
            problems.AddRange(document.QuerySelectorAll("script:not([src])").Select(s => $"{url}: inline <script>"));
            problems.AddRange(document.QuerySelectorAll("style").Select(s => $"{url}: <style> element"));
            foreach (var element in document.All)
                foreach (var attribute in element.Attributes)
                    if (attribute.Name == "style" || attribute.Name.StartsWith("on", StringComparison.Ordinal))
                        problems.Add($"{url}: <{element.LocalName} {attribute.Name}>");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_asset_a_page_references_is_fingerprinted_and_exists()
    {
        // Given every page's stylesheets, scripts and icons
        var served = site.Build.Files.Select(f => "/" + f.Path).ToHashSet();
        var problems = new List<string>();
        foreach (var url in site.PageUrls)
        {
            var document = Parser.ParseDocument(PageKinds.Html(site, url));
            var references = document.QuerySelectorAll("link[href], script[src], img[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(r => r.StartsWith("/assets/", StringComparison.Ordinal));
            // Then each is named by its content hash and is a file of the build
            foreach (var reference in references)
            {
                if (!FingerprintedAsset().IsMatch(reference)) problems.Add($"{url}: {reference} is not fingerprinted");
                if (!served.Contains(reference)) problems.Add($"{url}: {reference} is not in the build");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Every_page_validates_with_the_Nu_HTML_checker()
    {
        // Given the built default playbook
        // (not the web editor under admin/: Decap's page, with its rel="cms-config-url", is third-party UI)
        var pages = site.Build.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !f.Path.StartsWith("admin/", StringComparison.Ordinal));

        // When the Nu checker reads every page, then it reports no errors
        await AssertValid(pages);
    }

    [Fact]
    public async Task Html_written_in_markdown_is_kept_where_allowed_and_the_page_still_validates()
    {
        // Given the default playbook with one more article whose Markdown holds allowed and hostile HTML
        var root = SiteFixture.FindRoot();
        var input = new DiskFileSet(Path.Combine(root, "input"));
        var files = input.Paths.ToDictionary(p => p, p => input.Read(p).Bytes!);
        files["articles/inline-html.md"] = System.Text.Encoding.UTF8.GetBytes("""
            ---
            title: Inline HTML
            description: Allowed and hostile HTML in one page.
            stages: [tactical]
            tags: [content]
            ---
            Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O, the "real" <abbr title="Key performance indicator">KPI</abbr>, <a href="/articles/why-before-what/">why before what</a>.

            <details>
            <summary>More</summary>

            Hidden **detail** <img src="https://playbook.example.org/logo.png" alt="" onerror="alert(1)">.

            </details>

            <table><tr><th scope="col">Stage</th></tr><tr><td>Tactical</td></tr></table>

            <b>unclosed <i>tags <script>alert(2)</script> <a href="jav&#x09;ascript:alert(3)">x</a> <form action="/x"><form><input name="q"></form></form>

            Last paragraph, after the unclosed tags.
            """);

        // When it is built
        var build = await Engine.BuildAsync(new MemoryFileSet(files), new DiskFileSet(Path.Combine(root, "theme")), new BuildOptions(), Pipelines.Default());

        // Then the allowed HTML is there as HTML, nothing hostile is, and the Nu checker finds no error
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        var page = Assert.Single(build.Files, f => f.Path == "articles/inline-html/index.html");
        var document = Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(page.Bytes));
        var prose = document.QuerySelector(".prose")!;
        Assert.Equal(2, prose.QuerySelectorAll("kbd").Length);
        Assert.NotNull(prose.QuerySelector("details > summary"));
        Assert.NotNull(prose.QuerySelector("abbr[title]"));
        Assert.Empty(prose.QuerySelectorAll("script, form, [onerror]"));
        Assert.DoesNotContain("alert(", prose.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("ascript", prose.InnerHtml, StringComparison.OrdinalIgnoreCase);
        await AssertValid([page]);
    }

    private static async Task AssertValid(IEnumerable<OutputFile> pages)
    {
        var vnu = PageKinds.NodeTool("vnu-jar/build/dist/vnu.jar");
        var folder = Directory.CreateTempSubdirectory("playbook-vnu-");
        try
        {
            foreach (var file in pages)
            {
                var path = Path.Combine(folder.FullName, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllBytesAsync(path, file.Bytes);
            }

            var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in new[] { "-jar", vnu, "--errors-only", "--skip-non-html", folder.FullName }) start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();

            Assert.True(process.ExitCode == 0, $"vnu exit {process.ExitCode}:\n{await errors}{output}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
