using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;
using Playbook.Tests.Search;
using Xunit.Abstractions;

namespace Playbook.BrowserTests;

/// <summary>
/// A fact run only when PLAYBOOK_PAGEFIND names a pagefind binary (pagefind-relevance.sh installs one
/// and sets it): the comparison needs an npm install, so the normal suite reports it as skipped.
/// </summary>
public sealed class PagefindFactAttribute : FactAttribute
{
    public const string Variable = "PLAYBOOK_PAGEFIND";

    public PagefindFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable))) Skip = $"set {Variable} (tests/Playbook.BrowserTests/pagefind-relevance.sh does)";
    }
}

/// <summary>
/// The relevance set (tests/Playbook.Tests/Search/relevance.json) ranked in Chromium by both engines
/// over the same built default playbook: Playbook's header box, and Pagefind's own search() over the
/// index its CLI writes for that site. Prints both figures; fails if Playbook scores below Pagefind.
/// </summary>
[Collection(SiteCollection.Name)]
public class PagefindComparisonTests(SiteFixture site, ITestOutputHelper output)
{
    private const string PagefindHost = "http://pagefind.local";

    [PagefindFact]
    public async Task Playbook_search_scores_no_lower_than_pagefind_on_the_relevance_set()
    {
        var set = RelevanceSet.Load(Path.Combine(SiteFixture.FindRoot(), "tests/Playbook.Tests/Search/relevance.json"));

        var ours = set.Evaluate(await RankAsync(set, PlaybookAsync));
        var folder = await PagefindIndexAsync();
        try
        {
            var theirs = set.Evaluate(await RankAsync(set, page => PagefindAsync(page, folder)));
            output.WriteLine(ours.Summary("Playbook search (Chromium)"));
            output.WriteLine(theirs.Summary("Pagefind (Chromium)"));
            output.WriteLine("Playbook misses:\n" + ours.Report());
            output.WriteLine("Pagefind misses:\n" + theirs.Report());
            Assert.True(ours.TopHitRate >= theirs.TopHitRate && ours.Mrr >= theirs.Mrr, ours.Summary("Playbook") + "\n" + theirs.Summary("Pagefind"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<IReadOnlyList<IReadOnlyList<RelevanceSet.Ranked>>> RankAsync(RelevanceSet set, Func<IPage, Task<Func<string, Task<IReadOnlyList<RelevanceSet.Ranked>>>>> engine)
    {
        var list = new List<IReadOnlyList<RelevanceSet.Ranked>>();
        var page = await engine(await NewPageAsync());
        foreach (var query in set.Queries) list.Add(await page(query.Query));
        return list;
    }

    private IBrowser Browser => site.Browser;

    private async Task<IPage> NewPageAsync() => await (await Browser.NewContextAsync()).NewPageAsync();

    /// <summary>Our header box, typed into as a reader would: its results and the parts listed under each.</summary>
    private async Task<Func<string, Task<IReadOnlyList<RelevanceSet.Ranked>>>> PlaybookAsync(IPage page)
    {
        await page.GotoAsync(site.BaseUrl + "/about/");
        return async query =>
        {
            await page.FillAsync("#search-box-q", "");
            await page.WaitForSelectorAsync("#search-box-q-results", new() { State = WaitForSelectorState.Hidden });
            await page.FillAsync("#search-box-q", query);
            await page.WaitForSelectorAsync("#search-box-q-results .search-status");
            var results = await page.EvalOnSelectorAllAsync<JsonElement>("#search-box-q-results .search-result",
                "rs => rs.map(r => ({ url: new URL(r.querySelector(':scope > a').href).pathname, anchors: [...r.querySelectorAll('.search-part a')].map(a => decodeURIComponent(new URL(a.href).hash.slice(1))) }))");
            return Ranked(results);
        };
    }

    private static List<RelevanceSet.Ranked> Ranked(JsonElement results) =>
        results.EnumerateArray().Select(r => new RelevanceSet.Ranked(r.GetProperty("url").GetString()!, r.GetProperty("anchors").EnumerateArray().Select(a => a.GetString()!).ToList())).ToList();

    /// <summary>The built site on disk, indexed by the pagefind CLI.</summary>
    private async Task<string> PagefindIndexAsync()
    {
        var folder = Directory.CreateTempSubdirectory("playbook-pagefind-site-").FullName;
        foreach (var file in site.Build.Files)
        {
            var path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, file.Bytes);
        }
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable(PagefindFactAttribute.Variable)!) { ArgumentList = { "--site", folder }, RedirectStandardOutput = true, RedirectStandardError = true };
        using var pagefind = Process.Start(start)!;
        var stderr = pagefind.StandardError.ReadToEndAsync();
        await pagefind.StandardOutput.ReadToEndAsync();
        await pagefind.WaitForExitAsync();
        Assert.True(pagefind.ExitCode == 0, "pagefind failed: " + await stderr);
        return folder;
    }

    /// <summary>Pagefind's own pagefind.js in a page served from that folder: search(), its first six results' URLs and sub-result anchors.</summary>
    private static async Task<Func<string, Task<IReadOnlyList<RelevanceSet.Ranked>>>> PagefindAsync(IPage page, string folder)
    {
        await page.RouteAsync(PagefindHost + "/**", async route =>
        {
            var path = new Uri(route.Request.Url).AbsolutePath;
            var file = Path.Combine(folder, path.TrimStart('/') + (path.EndsWith('/') ? "index.html" : ""));
            if (!File.Exists(file)) { await route.FulfillAsync(new() { Status = 404 }); return; }
            var type = Path.GetExtension(file) switch { ".js" => "text/javascript", ".html" => "text/html", ".json" => "application/json", ".wasm" => "application/wasm", _ => "application/octet-stream" };
            await route.FulfillAsync(new() { Status = 200, BodyBytes = await File.ReadAllBytesAsync(file), ContentType = type });
        });
        await page.GotoAsync(PagefindHost + "/about/");
        return async query =>
        {
            var json = await page.EvaluateAsync<JsonElement>("""
                async (q) => {
                  const pagefind = await import("/pagefind/pagefind.js");
                  const found = await pagefind.search(q);
                  const data = await Promise.all(found.results.slice(0, 6).map((r) => r.data()));
                  return data.map((d) => ({ url: new URL(d.url, location.href).pathname, anchors: (d.sub_results || []).map((s) => decodeURIComponent(new URL(s.url, location.href).hash.slice(1))).filter(Boolean) }));
                }
                """, query);
            return Ranked(json);
        };
    }
}
