using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Playbook.Admin;
using Playbook.Cli.Preview;
using Playbook.Files;
using Playbook.Pipeline;
using Xunit.Abstractions;

namespace Playbook.BrowserTests;

/// <summary>
/// The web editor as an author without git uses it locally: <c>playbook preview</c> and
/// <c>decap-server</c> (the local backend) on a scratch copy of the repository, Decap CMS from the
/// npm package in place of its CDN, and pages created and edited through the editor's own UI.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class AdminTests(SiteFixture site, ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>Where Decap's local backend looks for decap-server; the test forwards it to the server it started.</summary>
    private const string LocalBackend = "http://localhost:8081/api/v1";
    private static readonly float Patience = 60_000;

    private readonly string _root = Directory.CreateTempSubdirectory("playbook-admin-browser-").FullName;
    private readonly StringWriter _log = new();
    private PreviewSession _preview = null!;
    private Process _decapServer = null!;
    private int _decapPort;

    private string Input => Path.Combine(_root, DecapConfig.InputFolder);

    private static string NodeModules => Path.Combine(SiteFixture.FindRoot(), "tests", "Playbook.BrowserTests", "node_modules");

    public async Task InitializeAsync()
    {
        var repo = SiteFixture.FindRoot();
        SiteFixture.CopyInput(Input);
        _preview = await PreviewSession.StartAsync(new PreviewSettings(Input, Path.Combine(repo, "theme"), new BuildOptions(), Port: 0), TextWriter.Synchronized(_log));

        _decapPort = SiteFixture.FreePort();
        var start = new ProcessStartInfo("node", [Path.Combine(NodeModules, "decap-server", "dist", "index.js")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["PORT"] = _decapPort.ToString(CultureInfo.InvariantCulture),
                ["BIND_HOST"] = "127.0.0.1",
                ["GIT_REPO_DIRECTORY"] = _root,
                ["MODE"] = "fs",
                ["LOG_LEVEL"] = "info",
            },
        };
        _decapServer = Process.Start(start)!;
        _decapServer.OutputDataReceived += (_, e) => { if (e.Data is not null) _log.WriteLine("decap-server: " + e.Data); };
        _decapServer.ErrorDataReceived += (_, e) => { if (e.Data is not null) _log.WriteLine("decap-server: " + e.Data); };
        _decapServer.BeginOutputReadLine();
        _decapServer.BeginErrorReadLine();
        await WaitForPortAsync(_decapPort);
    }

    public async Task DisposeAsync()
    {
        output.WriteLine(_log.ToString());
        if (!_decapServer.HasExited) _decapServer.Kill(entireProcessTree: true);
        await _decapServer.WaitForExitAsync();
        _decapServer.Dispose();
        await _preview.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task An_author_creates_a_checklist_and_edits_an_article_in_the_editor_and_the_files_pass_a_strict_check()
    {
        // Given the editor open on the local backend
        var page = await OpenEditorAsync();

        // When a checklist is created with only the fields an author must fill in
        await page.GotoAsync(Url("/admin/#/collections/checklist/new"));
        await page.Locator("[id^='title-field']").FillAsync("Kick-off meeting with the client");
        await page.Locator("[id^='description-field']").FillAsync("What to agree in the first meeting.");
        await ChooseAsync(page, "stages", "Strategic");
        await ChooseAsync(page, "tags", "governance");
        await ChooseAsync(page, "tags", "kpi");
        await PublishAsync(page);
        var checklist = Path.Combine(Input, "checklists", "kick-off-meeting-with-the-client.md");
        await WaitForFileAsync(checklist);
        output.WriteLine("--- " + checklist + "\n" + await File.ReadAllTextAsync(checklist));

        // And an article's description is changed
        var article = Path.Combine(Input, "articles", "why-before-what.md");
        var original = await File.ReadAllTextAsync(article);
        // in a new tab, as from a bookmark (the sign-in is kept for the browser)
        page = await page.Context.NewPageAsync();
        await page.GotoAsync(Url("/admin/#/collections/article/entries/why-before-what"));
        var description = page.Locator("[id^='description-field']");
        // The entry is read from the backend after the form shows: edit it only once its text is there.
        await Assertions.Expect(description).ToHaveValueAsync(new Regex("^Goals and KPIs"), new() { Timeout = Patience });
        await description.FillAsync("Goals and measures come before accounts and posts: an edit made in the web editor.");
        await PublishAsync(page);
        await WaitForAsync(() => File.ReadAllText(article) != original);

        output.WriteLine("--- " + article + "\n" + await File.ReadAllTextAsync(article));

        // Then `playbook check --strict` passes on them
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = await Playbook.Cli.CommandLine.RunAsync(["check", "--strict", "--input", Input, "--theme", Path.Combine(SiteFixture.FindRoot(), "theme")], stdout, stderr);
        Assert.True(exit == Playbook.Cli.CommandLine.Ok, stdout + "\n" + stderr);
        Assert.Contains(", 0 warnings, 0 errors", stdout.ToString(), StringComparison.Ordinal);

        // And the new checklist is a page of the site, the article has its new description
        var build = await Engine.BuildAsync(new DiskFileSet(Input), new DiskFileSet(Path.Combine(SiteFixture.FindRoot(), "theme")), new BuildOptions { Strict = true }, Pipelines.Default());
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.Empty(build.Diagnostics);
        var built = Assert.Single(build.Pages, p => p.Url == "/checklists/kick-off-meeting-with-the-client/");
        Assert.Equal("Kick-off meeting with the client", built.Title);
        Assert.Contains("First thing to settle.", built.Html, StringComparison.Ordinal);
        Assert.Equal(["strategic"], built.FrontMatter.Stages);
        Assert.Equal(["governance", "kpi"], built.FrontMatter.Tags);
        var edited = Assert.Single(build.Pages, p => p.Url == "/articles/why-before-what/");
        Assert.Equal("Goals and measures come before accounts and posts: an edit made in the web editor.", edited.FrontMatter.Description);
        // Only the front matter was edited: the Markdown is saved as the author wrote it.
        Assert.Equal(Body(original), Body(await File.ReadAllTextAsync(article)));
    }

    [Fact]
    public async Task The_editor_starts_under_the_policy_netlify_toml_sends_for_admin_and_offers_the_netlify_identity_login()
    {
        // Given /admin/ served with netlify.toml's policy for it, as on Netlify
        var policy = Playbook.Tests.Support.NetlifyConfig.Load(Path.Combine(SiteFixture.FindRoot(), "netlify.toml"))
            .HeadersFor("/admin/*")["Content-Security-Policy"];
        var context = await NewEditorContextAsync();
        await context.RouteAsync(Url("/admin/**"), async route =>
        {
            var response = await route.FetchAsync();
            await route.FulfillAsync(new() { Response = response, Headers = new Dictionary<string, string>(response.Headers) { ["Content-Security-Policy"] = policy } });
        });
        var page = await context.NewPageAsync();
        // Chromium reports each thing a policy blocks, in the page or in a frame of it, on the console
        var blocked = new List<string>();
        page.Console += (_, message) =>
        {
            _log.WriteLine($"console {message.Type}: {message.Text}");
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) blocked.Add(message.Text);
        };

        // When it loads, and the author chooses to sign in
        await page.GotoAsync(Url("/admin/"));
        var login = page.GetByRole(AriaRole.Button, new() { Name = "Login with Netlify Identity" });
        await login.ClickAsync();

        // Then the Identity widget's sign-in opens in its frame, and the policy blocked nothing but the
        // local backend's probe, which Decap makes only on a loopback host (never on Netlify)
        // (Decap initialises the widget a second time when it finds it not yet started, so there may be
        // two frames; the sign-in is drawn in one of them)
        var clock = Stopwatch.StartNew();
        while (!await SignInDrawnAsync(page))
        {
            if (clock.ElapsedMilliseconds > Patience) throw new TimeoutException("the Identity widget drew no sign-in");
            await Task.Delay(200);
        }
        Assert.NotEmpty(blocked);
        Assert.All(blocked, b => Assert.Contains("http://localhost:8081/api/v1", b, StringComparison.Ordinal));
    }

    private static async Task<bool> SignInDrawnAsync(IPage page)
    {
        foreach (var frame in await page.Locator("iframe#netlify-identity-widget").AllAsync())
            if (await frame.ContentFrame.Locator("body *").CountAsync() > 0) return true;
        return false;
    }

    private async Task<IBrowserContext> NewEditorContextAsync()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        // The CMS is 5 MB of script: on a busy machine loading it alone can outlast Playwright's 30 s default.
        context.SetDefaultTimeout(Patience);
        await ServeFromNpmAsync(context, "https://unpkg.com/decap-cms@" + AdminPage.CmsVersion + "/dist/", Path.Combine(NodeModules, "decap-cms", "dist"));
        await ServeFromNpmAsync(context, "https://unpkg.com/netlify-identity-widget@" + AdminPage.IdentityVersion + "/build/", Path.Combine(NodeModules, "netlify-identity-widget", "build"));
        return context;
    }

    private async Task<IPage> OpenEditorAsync()
    {
        var context = await NewEditorContextAsync();
        await context.RouteAsync(LocalBackend + "**", async route =>
        {
            var response = await route.FetchAsync(new() { Url = route.Request.Url.Replace("http://localhost:8081", $"http://127.0.0.1:{_decapPort}", StringComparison.Ordinal) });
            await route.FulfillAsync(new() { Response = response });
        });
        var page = await context.NewPageAsync();
        page.Console += (_, message) => _log.WriteLine($"console {message.Type}: {message.Text}");
        await page.GotoAsync(Url("/admin/"));
        // The local backend asks for no password, only a click.
        await page.GetByRole(AriaRole.Button, new() { Name = "Login" }).ClickAsync(new() { Timeout = Patience });
        await page.GetByText("Articles").First.WaitForAsync(new() { Timeout = Patience });
        return page;
    }

    /// <summary>The CDN's files from the npm package of the same version, so the page's integrity hash is checked against the real bytes.</summary>
    private static Task ServeFromNpmAsync(IBrowserContext context, string cdnFolder, string folder) =>
        context.RouteAsync(cdnFolder + "**", async route =>
        {
            var file = Path.Combine(folder, new Uri(route.Request.Url).AbsolutePath.Split('/')[^1]);
            await route.FulfillAsync(File.Exists(file)
                ? new() { Status = 200, ContentType = "text/javascript", BodyBytes = await File.ReadAllBytesAsync(file), Headers = new Dictionary<string, string> { ["Access-Control-Allow-Origin"] = "*" } }
                : new() { Status = 404 });
        });

    /// <summary>Decap's selects are react-select boxes: type the option's label and take it.</summary>
    private static async Task ChooseAsync(IPage page, string field, string option)
    {
        var input = page.Locator($"[id^='{field}-field']");
        await input.ClickAsync();
        await input.FillAsync(option);
        await page.Keyboard.PressAsync("Enter");
    }

    private static async Task PublishAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await page.GetByText("Publish now").ClickAsync();
    }

    private static string Body(string page) => page[(page.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];

    private string Url(string path) => $"http://127.0.0.1:{_preview.Port}{path}";

    private static Task WaitForFileAsync(string path) => WaitForAsync(() => File.Exists(path));

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.ElapsedMilliseconds > Patience) throw new TimeoutException("the editor did not write the file in time");
            await Task.Delay(100);
        }
    }

    private static async Task WaitForPortAsync(int port)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var client = new System.Net.Sockets.TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (System.Net.Sockets.SocketException) when (clock.ElapsedMilliseconds < Patience)
            {
                await Task.Delay(100);
            }
        }
    }
}
