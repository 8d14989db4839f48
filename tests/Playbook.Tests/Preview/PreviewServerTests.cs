using System.Net;
using Playbook.Cli.Preview;
using Playbook.Pipeline;
using Playbook.Tests.Support;

namespace Playbook.Tests.Preview;

public class PreviewServerTests
{
    private static Dictionary<string, string> Site() => TestSite.Minimal(
        ("404.md", "---\ntitle: Not found\n---\nThat page does not exist.\n"),
        ("articles/goals.md", "---\ntitle: Goals\nstage: tactical\n---\nSet goals first.\n"));

    private static Task<PreviewSession> StartAsync(TempSite site) =>
        PreviewSession.StartAsync(new PreviewSettings(site.Input, TempSite.Theme, new BuildOptions { Today = TestSite.Today }, Port: 0),
            TextWriter.Synchronized(new StringWriter()));

    [Fact]
    public async Task Pretty_urls_serve_the_page_as_html_with_the_reload_script()
    {
        // Given a preview of a small site
        using var site = new TempSite(Site());
        await using var session = await StartAsync(site);
        await using var client = await PreviewClient.ConnectAsync(session.Port);

        // When a page is requested by its URL
        var response = await client.Http.GetAsync("/stages/strategic/");
        var body = await response.Content.ReadAsStringAsync();

        // Then it is the page, as UTF-8 HTML, with the reload script of the build it came from
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("The second stage.", body);
        Assert.Contains($"<script src=\"/__playbook/reload.js?v={client.Version}\" defer></script></head>", body);
    }

    [Fact]
    public async Task The_service_worker_is_not_served_so_a_preview_never_registers_one()
    {
        // Given a preview of a site whose build writes /sw.js
        using var site = new TempSite(Site());
        await using var session = await StartAsync(site);
        Assert.True(session.Site.Current.Files.ContainsKey("sw.js"));
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{session.Port}/") };

        // When the browser asks for it, the preview answers 404
        var response = await http.GetAsync(Playbook.Output.GenerateServiceWorker.Url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Assets_have_their_content_type_and_no_reload_script()
    {
        // Given a preview of a small site
        using var site = new TempSite(Site());
        await using var session = await StartAsync(site);
        var css = session.Site.Current.Files.Keys.First(k => k.StartsWith("assets/css/site.") && k.EndsWith(".css"));
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{session.Port}/") };

        // When the stylesheet and the reload script are requested
        var style = await http.GetAsync("/" + css);
        var script = await http.GetAsync("/__playbook/reload.js");

        // Then each has its own type, and the stylesheet is served as built
        Assert.Equal("text/css; charset=utf-8", style.Content.Headers.ContentType!.ToString());
        Assert.Equal(session.Site.Current.Files[css].File.Bytes, await style.Content.ReadAsByteArrayAsync());
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType!.ToString());
        Assert.Contains("EventSource(\"/__playbook/events?path=\"", await script.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Preview_serves_the_Admin_editor_and_its_configuration_as_yaml_for_the_local_backend()
    {
        // Given a preview; when the web editor and its configuration are requested
        using var site = new TempSite(Site());
        await using var session = await StartAsync(site);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{session.Port}/") };
        var page = await http.GetAsync("/admin/");
        var config = await http.GetAsync("/admin/config.yml");

        // Then both are there, the configuration with the type Decap expects of YAML
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType!.ToString());
        Assert.Equal("text/yaml", config.Content.Headers.ContentType!.MediaType);
        Assert.Contains("local_backend: true", await config.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_paths_get_the_sites_404_page_with_status_404()
    {
        // Given a preview of a site with a 404 page
        using var site = new TempSite(Site());
        await using var session = await StartAsync(site);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{session.Port}/") };

        // When a page that does not exist, and a folder with no index, are requested
        var missing = await http.GetAsync("/articles/nope/");
        var folder = await http.GetAsync("/assets/");

        // Then both get the site's 404 page, never a listing
        foreach (var response in new[] { missing, folder })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
            Assert.Contains("That page does not exist.", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_folder_url_without_its_slash_redirects_to_the_pretty_url()
    {
        using var site = new TempSite(Site());
        await using var session = await StartAsync(site);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{session.Port}/") };

        var response = await http.GetAsync("/stages/strategic");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/stages/strategic/", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("/../input/playbook.yml")]
    [InlineData("/stages/../index.html")]
    [InlineData("/%2e%2e/input/playbook.yml")]
    [InlineData("/stages/%2E%2E/index.html")]
    [InlineData("/stages%2f..%2findex.html")]
    [InlineData("/stages/..%5cindex.html")]
    [InlineData("/stages\\..\\index.html")]
    [InlineData("//etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("/index.html/../../../../etc/passwd")]
    [InlineData("http://127.0.0.1/../index.html")]
    public async Task Requests_that_try_to_leave_the_site_get_404(string target)
    {
        // Given a preview of a small site
        using var site = new TempSite(Site());
        await using var session = await StartAsync(site);

        // When the raw request target climbs, smuggles a separator or names an absolute path
        var status = await PreviewClient.RawStatusAsync(session.Port, target);

        // Then it is not found (and /index.html itself is served, so the refusal is not an accident)
        Assert.Equal(404, status);
        Assert.Equal(200, await PreviewClient.RawStatusAsync(session.Port, "/index.html"));
    }

    [Fact]
    public async Task Saving_a_page_sends_a_reload_event_and_serves_the_new_content()
    {
        // Given a tab open on a page
        using var site = new TempSite(Site());
        await using var session = await StartAsync(site);
        await using var client = await PreviewClient.ConnectAsync(session.Port);
        var before = client.Version;

        // When the page is edited and saved
        site.Write("articles/goals.md", "---\ntitle: Goals\nstage: tactical\n---\nSet goals before tactics.\n");

        // Then a reload event with a newer build arrives, and the page has the new text
        var (response, body) = await client.ReloadUntilAsync("/articles/goals/", (_, html) => html.Contains("Set goals before tactics."));
        Assert.True(client.Version > before);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"reload.js?v={client.Version}\"", body);
    }

    [Fact]
    public async Task A_body_edit_reloads_its_page_ahead_of_the_full_build_which_leaves_it_as_it_is()
    {
        // Given a tab on a page of a running preview
        using var site = new TempSite(Site());
        var log = new StringWriter();
        await using var session = await PreviewSession.StartAsync(
            new PreviewSettings(site.Input, TempSite.Theme, new BuildOptions { Today = TestSite.Today }, Port: 0), TextWriter.Synchronized(log));
        await using var tab = await PreviewClient.ConnectAsync(session.Port, "/articles/goals/");

        // When its body is edited
        site.Write("articles/goals.md", "---\ntitle: Goals\nstage: tactical\n---\nSet goals before tactics.\n");

        // Then the first reload already shows the edit
        var revision = await tab.NextReloadAsync();
        Assert.Contains("Set goals before tactics.", await tab.Http.GetStringAsync("/articles/goals/"));

        // And it came from the refresh: the full build after it found the page unchanged, so it kept that revision
        using var timeout = new CancellationTokenSource(PreviewClient.Patience);
        // (the first " done " is the start-up build's)
        while (log.ToString().Split(" done ").Length < 3) await Task.Delay(20, timeout.Token);
        Assert.Contains("1 page parsed, 1 laid out, reload sent", log.ToString());
        Assert.Equal(revision, session.Site.Current.RevisionOf("articles/goals/index.html"));
        Assert.True(session.Site.Current.Version > revision);
    }

    [Fact]
    public async Task A_tab_that_names_its_page_is_told_to_reload_only_when_that_page_changes()
    {
        // Given a server on a site of two pages and a tab on page a that names it
        var site = new LiveSite();
        site.Publish(Built(("a/index.html", "<html><head></head><body>A</body></html>"), ("b/index.html", "<html><head></head><body>B</body></html>")));
        await using var server = await PreviewServer.StartAsync(site, 0, path => path);
        await using var tab = await PreviewClient.ConnectAsync(server.Port, "/a/");
        Assert.Equal(1, tab.Version);
        Assert.Contains("reload.js?v=1\"", await tab.Http.GetStringAsync("/a/"));

        // When a build changes only b, and the next one changes a
        site.Publish(Built(("a/index.html", "<html><head></head><body>A</body></html>"), ("b/index.html", "<html><head></head><body>B2</body></html>")));
        site.Publish(Built(("a/index.html", "<html><head></head><body>A2</body></html>"), ("b/index.html", "<html><head></head><body>B2</body></html>")));

        // Then the first reload the tab hears is the one that changed a, and the page is served at that revision
        Assert.Equal(3, await tab.NextReloadAsync());
        Assert.Contains("reload.js?v=3\"", await tab.Http.GetStringAsync("/a/"));
    }

    private static BuildResult Built(params (string Path, string Text)[] files) =>
        new(files.Select(f => new OutputFile(f.Path, f.Text)).ToList(), [], [], [], TimeSpan.Zero);

    [Fact]
    public async Task A_bad_edit_shows_the_errors_in_every_page_and_a_fix_brings_the_site_back()
    {
        // Given a tab open on a page
        using var site = new TempSite(Site());
        await using var session = await StartAsync(site);
        await using var client = await PreviewClient.ConnectAsync(session.Port);

        // When a save breaks the build with a stage that does not exist
        site.Write("articles/goals.md", "---\ntitle: Goals\nstage: <tacticle>\n---\nSet goals first.\n");
        var (broken, overlay) = await client.ReloadUntilAsync("/", (r, _) => r.StatusCode == HttpStatusCode.InternalServerError);

        // Then every page shows the diagnostic, escaped, with its file and line, and keeps listening for reloads
        Assert.Equal("text/html; charset=utf-8", broken.Content.Headers.ContentType!.ToString());
        Assert.Contains("The build failed", overlay);
        Assert.Contains($"{site.Input}/articles/goals.md(3,8)", overlay);
        Assert.Contains("error PB0103", overlay);
        Assert.Contains("&lt;tacticle&gt;", overlay);
        Assert.DoesNotContain("<tacticle>", overlay);
        Assert.Contains("/__playbook/reload.js?v=", overlay);

        // When the file is fixed
        site.Write("articles/goals.md", "---\ntitle: Goals\nstage: tactical\n---\nSet goals first, always.\n");

        // Then the next reload brings the page back
        var (fixedResponse, page) = await client.ReloadUntilAsync("/articles/goals/", (r, _) => r.StatusCode == HttpStatusCode.OK);
        Assert.Contains("Set goals first, always.", page);
        Assert.DoesNotContain("The build failed", page);
    }

    [Fact]
    public async Task With_an_output_folder_each_good_build_is_also_written_there_without_the_reload_script()
    {
        // Given a preview asked to keep an output folder
        using var site = new TempSite(Site());
        var output = Path.Combine(site.Root, "output");
        var settings = new PreviewSettings(site.Input, TempSite.Theme, new BuildOptions { Today = TestSite.Today }, Port: 0, OutputDir: output);

        // When it has built the site
        await using var session = await PreviewSession.StartAsync(settings, TextWriter.Synchronized(new StringWriter()));

        // Then the folder holds the site as 'build' writes it: no preview script in it
        var page = await File.ReadAllTextAsync(Path.Combine(output, "articles", "goals", "index.html"));
        Assert.Contains("Set goals first.", page);
        Assert.DoesNotContain("__playbook", page);
    }

    [Fact]
    public async Task Thousands_of_concurrent_requests_on_loopback_all_succeed()
    {
        // Given a preview of a small site
        using var site = new TempSite(Site());
        await using var session = await StartAsync(site);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{session.Port}/"), Timeout = PreviewClient.Patience };
        string[] paths = ["/", "/stages/strategic/", "/articles/goals/", "/articles/nope/", "/__playbook/reload.js"];

        // When 8 clients send 3,000 requests between them
        var statuses = await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            var seen = new List<(string, HttpStatusCode)>();
            for (var i = worker; i < 3000; i += 8)
            {
                var path = paths[i % paths.Length];
                using var response = await http.GetAsync(path);
                await response.Content.ReadAsByteArrayAsync();
                seen.Add((path, response.StatusCode));
            }
            return seen;
        })));

        // Then every one was answered, with the status its path deserves
        var all = statuses.SelectMany(s => s).ToList();
        Assert.Equal(3000, all.Count);
        Assert.All(all, r => Assert.Equal(r.Item1 == "/articles/nope/" ? HttpStatusCode.NotFound : HttpStatusCode.OK, r.Item2));
    }
}
