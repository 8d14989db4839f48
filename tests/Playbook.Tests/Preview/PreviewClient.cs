using System.Net.Sockets;
using System.Text;
using Playbook.Cli.Preview;

namespace Playbook.Tests.Preview;

/// <summary>What a browser tab does against a preview session: fetch pages, listen for reloads, and (unlike a browser) send raw request targets.</summary>
public sealed class PreviewClient : IAsyncDisposable
{
    /// <summary>A bound on every wait, so a broken watcher fails the test instead of hanging it; never a speed assertion.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly HttpClient _http;
    private readonly StreamReader _events;

    private PreviewClient(HttpClient http, StreamReader events, int version)
    {
        _http = http;
        _events = events;
        Version = version;
    }

    public HttpClient Http => _http;

    /// <summary>The last build number (or, for a tab that names its page, the page's revision) the event stream announced.</summary>
    public int Version { get; private set; }

    /// <param name="page">The page the tab shows, as its script names it; without it, the tab hears of every build.</param>
    public static async Task<PreviewClient> ConnectAsync(int port, string? page = null)
    {
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = Patience };
        var events = page is null ? PreviewAssets.EventsPath : $"{PreviewAssets.EventsPath}?path={Uri.EscapeDataString(page)}";
        var response = await http.GetAsync(events, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var client = new PreviewClient(http, new StreamReader(await response.Content.ReadAsStreamAsync()), 0);
        var (name, data) = await client.NextEventAsync();
        Assert.Equal("version", name);
        client.Version = int.Parse(data);
        return client;
    }

    /// <summary>Waits for the next reload event and returns the build number it announces.</summary>
    public async Task<int> NextReloadAsync()
    {
        var (name, data) = await NextEventAsync();
        Assert.Equal("reload", name);
        Version = int.Parse(data);
        return Version;
    }

    /// <summary>Reloads until the page satisfies <paramref name="expected"/>: one save can make more than one build.</summary>
    public async Task<(HttpResponseMessage Response, string Body)> ReloadUntilAsync(string path, Func<HttpResponseMessage, string, bool> expected)
    {
        while (true)
        {
            await NextReloadAsync();
            var response = await _http.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            if (expected(response, body)) return (response, body);
        }
    }

    private async Task<(string Name, string Data)> NextEventAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        string name = "message", data = "";
        while (true)
        {
            var line = await _events.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("the event stream ended");
            if (line.StartsWith("event: ")) name = line["event: ".Length..];
            else if (line.StartsWith("data: ")) data = line["data: ".Length..];
            else if (line.Length == 0 && data.Length > 0) return (name, data);
        }
    }

    /// <summary>Sends the request target exactly as given; HttpClient would remove dot segments first.</summary>
    public static async Task<int> RawStatusAsync(int port, string target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var status = await reader.ReadLineAsync() ?? "";
        return int.Parse(status.Split(' ')[1]);
    }

    public ValueTask DisposeAsync()
    {
        _events.Dispose();
        _http.Dispose();
        return ValueTask.CompletedTask;
    }
}
