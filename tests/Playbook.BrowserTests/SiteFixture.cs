using System.Net;
using Microsoft.Playwright;
using Playbook.Files;
using Playbook.Pipeline;

namespace Playbook.BrowserTests;

/// <summary>
/// Builds the default playbook once, serves it from memory on a loopback port with the
/// production Content-Security-Policy header, and starts the system Chromium through
/// Playwright (no browser download: Chromium comes from the OS package).
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>The policy Netlify sends with every page; the theme must satisfy it with no 'unsafe-inline'.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private readonly HttpListener _listener = new();
    private Dictionary<string, byte[]> _files = [];
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    public BuildResult Build { get; private set; } = null!;

    /// <summary>Every HTML page of the built site, as site paths (/, /articles/x/, /404.html).</summary>
    public IReadOnlyList<string> PageUrls => Build.Pages.Where(p => !p.IsAsset && p.Html.Length > 0).Select(p => p.Url).Order(StringComparer.Ordinal).ToList();

    public async Task InitializeAsync()
    {
        var root = FindRoot();
        Build = await Engine.BuildAsync(new DiskFileSet(Path.Combine(root, "input")), new DiskFileSet(Path.Combine(root, "theme")), new BuildOptions(), Pipelines.Default());
        if (!Build.Succeeded) throw new InvalidOperationException("the default playbook does not build:\n" + string.Join("\n", Build.Diagnostics));
        _files = Build.Files.ToDictionary(f => "/" + f.Path, f => f.Bytes);

        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(BaseUrl + "/");
        _listener.Start();
        _ = Task.Run(ServeAsync);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Without these, Chromium tries to reach Google's hosts, which this machine's closed network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<IPage> NewPageAsync(bool javaScript = true, ViewportSize? viewport = null, ColorScheme? colorScheme = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript,
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 },
            ColorScheme = colorScheme ?? ColorScheme.Light,
        });
        return await context.NewPageAsync();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try { ctx = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            var path = ctx.Request.Url!.AbsolutePath;
            if (path.EndsWith('/')) path += "index.html";
            var found = _files.TryGetValue(path, out var bytes) || _files.TryGetValue(path + "/index.html", out bytes);
            if (!found) bytes = _files["/404.html"];
            ctx.Response.StatusCode = found ? 200 : 404;
            ctx.Response.ContentType = ContentType(found ? path : "/404.html");
            ctx.Response.Headers["Content-Security-Policy"] = ContentSecurityPolicy;
            ctx.Response.Headers["X-Content-Type-Options"] = "nosniff";
            // A browser that closes a page mid-request hangs up on us; that must not stop the server for later tests.
            try
            {
                await ctx.Response.OutputStream.WriteAsync(bytes);
                ctx.Response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException) { ctx.Response.Abort(); }
        }
    }

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".xml" => "application/xml",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        _listener.Close();
    }

    public static int FreePort()
    {
        var l = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    /// <summary>A scratch copy of the default playbook's input folder, for tests that change it.</summary>
    public static void CopyInput(string to)
    {
        var from = Path.Combine(FindRoot(), "input");
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    public static string FindRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Playbook.sln"))) dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("Playbook.sln not found above the test binaries");
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "site";
}
