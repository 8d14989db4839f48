using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Playbook.Output;

namespace Playbook.Cli.Preview;

/// <summary>
/// Kestrel on 127.0.0.1 serving a <see cref="LiveSite"/> from memory: pretty URLs, the site's
/// 404 page, the reload stream, and the failed-build overlay in place of any page. Only paths
/// the build produced can be served, since nothing is read from disk; requests that try to
/// climb or smuggle separators are refused before the lookup all the same.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    public const string NotFoundPage = "404.html";
    // The web editor's configuration is YAML, which the framework's table does not list.
    private static readonly FileExtensionContentTypeProvider ContentTypes = new() { Mappings = { [".yml"] = "text/yaml" } };

    private readonly WebApplication _app;
    private readonly LiveSite _site;
    private readonly Func<string, string> _displayPath;

    private PreviewServer(WebApplication app, LiveSite site, Func<string, string> displayPath)
    {
        _app = app;
        _site = site;
        _displayPath = displayPath;
    }

    public int Port { get; private set; }

    /// <summary>Starts listening on loopback; port 0 picks a free port (see <see cref="Port"/>).</summary>
    public static async Task<PreviewServer> StartAsync(LiveSite site, int port, Func<string, string> displayPath)
    {
        // The empty builder reads no configuration files, so nothing but the site is watched.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var server = new PreviewServer(app, site, displayPath);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.Port = new Uri(address).Port;
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        var path = request.Path.Value ?? "/";
        switch (path)
        {
            case PreviewAssets.EventsPath: await StreamEventsAsync(context); return;
            case PreviewAssets.ScriptPath: await SendAsync(response, 200, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(PreviewAssets.Script)); return;
            case PreviewAssets.OverlayCssPath: await SendAsync(response, 200, "text/css; charset=utf-8", Encoding.UTF8.GetBytes(PreviewAssets.OverlayCss)); return;
        }

        // A service worker would answer later visits from its cache and hide the newest save, and
        // it outlives the preview on this port: the preview has none, so offline.js registers nothing.
        if (path == GenerateServiceWorker.Url)
        {
            await SendAsync(response, 404, "text/plain; charset=utf-8", "No service worker in preview"u8.ToArray());
            return;
        }

        var site = _site.Current;
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var key = IsInsideSite(rawTarget, path) ? FileOf(path) : null;
        if (key is not null && site.Files.TryGetValue(key, out var file))
        {
            await SendFileAsync(response, 200, key, file, site);
            return;
        }
        if (key is not null && site.Files.ContainsKey(key + "/index.html"))
        {
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = path + "/";
            return;
        }
        // The site's own 404 page; while the build fails, the errors, as for every page.
        var notFound = site.Files.GetValueOrDefault(NotFoundPage);
        if (notFound is null && !site.Failed)
            await SendAsync(response, 404, "text/plain; charset=utf-8", "Not found"u8.ToArray());
        else
            await SendFileAsync(response, 404, NotFoundPage, notFound, site);
    }

    /// <summary>The output file a URL path names: a folder's index.html.</summary>
    private static string FileOf(string path) => path[1..] + (path.EndsWith('/') ? "index.html" : "");

    /// <summary>
    /// Kestrel removes dot segments before the path is routed, so a climb is seen in the raw
    /// request target: dot segments, encoded dots, slashes or backslashes, backslashes, a doubled
    /// slash or an absolute URL all mean the request tries to name something the site does not.
    /// </summary>
    public static bool IsInsideSite(string rawTarget, string path)
    {
        var rawPath = rawTarget.Split('?', 2)[0];
        if (!rawPath.StartsWith('/') || rawPath.StartsWith("//") || !path.StartsWith('/')) return false;
        foreach (var bad in (string[])["%2e", "%2f", "%5c", "%00", "\\", "//"])
            if (rawPath.Contains(bad, StringComparison.OrdinalIgnoreCase) || path.Contains(bad, StringComparison.OrdinalIgnoreCase)) return false;
        return !rawPath.Split('/').Any(segment => segment is "." or "..") && !path.Contains(':') && !path.Contains('\0');
    }

    private async Task SendFileAsync(HttpResponse response, int status, string key, LiveSite.SiteFile? file, LiveSite.Snapshot site)
    {
        var type = ContentType(key);
        var bytes = file?.File.Bytes ?? [];
        if (!type.StartsWith("text/html", StringComparison.Ordinal))
        {
            await SendAsync(response, status, type, bytes);
            return;
        }
        // While the build fails, every page shows the errors rather than a stale page.
        var html = site.Failed
            ? PreviewAssets.Overlay(site.Problems, site.Version, _displayPath)
            : PreviewAssets.InjectReload(bytes, file?.Revision ?? site.Version);
        await SendAsync(response, site.Failed ? StatusCodes.Status500InternalServerError : status, type, html);
    }

    public static string ContentType(string path)
    {
        var type = ContentTypes.TryGetContentType(path, out var known) ? known : "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/xml" or "application/atom+xml" or "image/svg+xml"
            ? type + "; charset=utf-8"
            : type;
    }

    private static async Task SendAsync(HttpResponse response, int status, string contentType, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(response.HttpContext.Request.Method))
            await response.Body.WriteAsync(body, response.HttpContext.RequestAborted);
    }

    /// <summary>
    /// Server-Sent Events. A tab that names its page (<c>?path=</c>) gets that page's revision on
    /// connect and a reload event each time the page changes, or turns into the error page and
    /// back; one that does not gets the build number, and a reload event after every build.
    /// </summary>
    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var page = context.Request.Query["path"].ToString() is { Length: > 0 } shown && shown.StartsWith('/') ? FileOf(Uri.UnescapeDataString(shown)) : null;
        var site = _site.Current;
        var revision = site.RevisionOf(page);
        try
        {
            await response.WriteAsync($"retry: 500\n\nevent: version\ndata: {revision}\n\n", done.Token);
            await response.Body.FlushAsync(done.Token);
            while (true)
            {
                site = await site.Next.WaitAsync(done.Token);
                var now = site.RevisionOf(page);
                if (now == revision) continue;
                revision = now;
                await response.WriteAsync($"event: reload\ndata: {revision}\n\n", done.Token);
                await response.Body.FlushAsync(done.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab went away or the server is stopping: the stream simply ends.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
