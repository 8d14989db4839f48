using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Playbook.Files;
using Playbook.Output;
using Playbook.Pipeline;
using Playbook.Tests.Support;

namespace Playbook.Tests.Publishing;

public class ServiceWorkerTests
{
    private static readonly Dictionary<string, string> Site = TestSite.Minimal(("articles/a.md", "---\ntitle: A\n---\nFirst text.\n"));

    private static string Worker(BuildResult result) =>
        Encoding.UTF8.GetString(result.Files.Single(f => "/" + f.Path == GenerateServiceWorker.Url).Bytes);

    private static string Version(string worker) => Regex.Match(worker, "^const VERSION = \"([0-9a-f]+)\";").Groups[1].Value;

    [Fact]
    public async Task Two_builds_of_the_same_input_write_the_same_worker_and_an_edit_gives_a_new_version()
    {
        // Given the same site built twice, and once with one page edited
        var first = Worker(await TestSite.BuildAsync(Site));
        var again = Worker(await TestSite.BuildAsync(Site));
        var edited = new Dictionary<string, string>(Site) { ["articles/a.md"] = "---\ntitle: A\n---\nSecond text.\n" };
        var changed = Worker(await TestSite.BuildAsync(edited));

        // Then the same input gives the same bytes, and the edit a new cache version
        Assert.Equal(first, again);
        Assert.Matches("^[0-9a-f]{16}$", Version(first));
        Assert.NotEqual(Version(first), Version(changed));
    }

    [Fact]
    public async Task The_worker_keeps_every_asset_the_search_index_and_the_client_pages_from_the_first_visit()
    {
        var result = await TestSite.BuildAsync(Site);
        var worker = Worker(result);
        var list = JsonSerializer.Deserialize<string[]>(Regex.Match(worker, "\nconst PRECACHE = (\\[.*\\]);\n").Groups[1].Value)!;
        var assets = result.Files.Select(f => "/" + f.Path).Where(p => p.StartsWith("/assets/", StringComparison.Ordinal) || (p.StartsWith("/search/", StringComparison.Ordinal) && p.EndsWith(".json", StringComparison.Ordinal)));
        Assert.Subset(list.ToHashSet(), assets.ToHashSet());
        Assert.Subset(list.ToHashSet(), new HashSet<string> { "/", "/search/", "/clients/", "/clients/report/", "/playbook.json" });
        Assert.Contains("self.addEventListener(\"fetch\"", worker);
    }

    [Fact]
    public async Task A_theme_without_the_worker_template_gets_no_worker()
    {
        // Given the theme without service-worker.js; When the site is built
        var full = TestSite.Theme;
        Assert.Contains(GenerateServiceWorker.TemplatePath, full.Paths);
        var theme = new MemoryFileSet(full.Paths.Where(p => p != GenerateServiceWorker.TemplatePath).ToDictionary(p => p, p => full.Read(p).Bytes!));
        var result = await Engine.BuildAsync(MemoryFileSet.FromText(Site), theme, new BuildOptions { Today = TestSite.Today }, Pipelines.Default());

        // Then it builds, with no /sw.js (offline.js's registration then simply fails)
        Assert.True(result.Succeeded, TestSite.Errors(result));
        Assert.DoesNotContain(result.Files, f => "/" + f.Path == GenerateServiceWorker.Url);
    }
}
