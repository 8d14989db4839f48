using System.Diagnostics;
using System.Globalization;
using Playbook.Cli.Commands;
using Playbook.Files;
using Playbook.Output;
using Playbook.Pipeline;
using Playbook.Preview;

namespace Playbook.Cli.Preview;

/// <summary>
/// One <c>playbook preview</c>: the first build, the server, and the loop that turns each burst
/// of saves into a rebuild and a reload. Rebuilds run one at a time, in the order of the saves.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private readonly IncrementalBuilder _builder;
    private readonly SiteWatcher _watcher;
    private readonly LiveSite _site = new();
    private readonly string? _outputDir;
    private readonly TextWriter _log;
    private readonly bool _timings;
    private readonly CancellationTokenSource _stop = new();
    private PreviewServer? _server;
    private Task _loop = Task.CompletedTask;

    private PreviewSession(PreviewSettings settings, TextWriter log)
    {
        _builder = new IncrementalBuilder(new DiskFileSet(settings.InputDir), ThemeFolder.Files(settings.ThemeDir), settings.Options);
        _watcher = new SiteWatcher(settings.InputDir, settings.ThemeDir);
        _outputDir = settings.OutputDir;
        _log = log;
        _timings = settings.Timings;
        DisplayPath = file => BuildCommand.DisplayPath(settings.InputDir, file);
    }

    public int Port => _server?.Port ?? 0;

    public LiveSite Site => _site;

    private Func<string, string> DisplayPath { get; }

    public static async Task<PreviewSession> StartAsync(PreviewSettings settings, TextWriter log)
    {
        var session = new PreviewSession(settings, log);
        try
        {
            await session.RebuildAsync([]);
            session._server = await PreviewServer.StartAsync(session._site, settings.Port, session.DisplayPath);
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
        session._loop = Task.Run(session.WatchAsync);
        return session;
    }

    private async Task WatchAsync()
    {
        try
        {
            await WarmUpAsync();
            while (true)
            {
                var changes = await Debounce.NextBatchAsync(_watcher.Changes, Debounce.Quiet, _stop.Token);
                var clock = Stopwatch.StartNew();
                _builder.Saw(changes);
                await RefreshAsync(changes, clock);
                await RebuildAsync(changes, clock);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// Refreshes an unchanged page a few times, apart, until the first save comes: the runtime
    /// compiles a method's optimised code only once it has been called often enough, after a quiet
    /// spell, so one rehearsal straight after the first build left the first save ~25 ms slower
    /// than the next ones at 4,000 pages.
    /// </summary>
    private async Task WarmUpAsync()
    {
        for (var i = 0; i < 3; i++)
        {
            var saved = _watcher.Changes.WaitToReadAsync(_stop.Token).AsTask();
            if (await Task.WhenAny(saved, Task.Delay(TimeSpan.FromMilliseconds(150), _stop.Token)) == saved) return;
            await _builder.WarmUpAsync();
        }
    }

    /// <summary>Shows the edited pages first when that is all a save changes; the full build follows.</summary>
    private async Task RefreshAsync(IReadOnlyList<SiteChange> changes, Stopwatch clock)
    {
        if (await _builder.RefreshAsync() is not { } refresh) return;
        var snapshot = _site.Refresh(refresh.Result.Files);
        _log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Build {snapshot.Version}{After(changes)}: {refresh.PagesParsed} page{(refresh.PagesParsed == 1 ? "" : "s")} parsed, {refresh.PagesRendered} laid out, reload sent {clock.Elapsed.TotalMilliseconds:0} ms after the batch; the rest of the site follows"));
        if (_timings) LogTimings(refresh.Result);
    }

    /// <summary>
    /// The whole build after a batch of saves (or the first). A newer save cancels it: its
    /// changes stay with the builder, and the next build covers them.
    /// </summary>
    private async Task RebuildAsync(IReadOnlyList<SiteChange> changes, Stopwatch? clock = null)
    {
        clock ??= Stopwatch.StartNew();
        Rebuild rebuild;
        using (var newer = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token))
        {
            var building = Task.Run(() => _builder.BuildAsync(newer.Token));
            var saved = changes.Count == 0 ? Task.CompletedTask : CancelOnNextChangeAsync(newer);
            try
            {
                rebuild = await building;
            }
            catch (OperationCanceledException) when (!_stop.IsCancellationRequested)
            {
                return;
            }
            finally
            {
                await newer.CancelAsync();
                await saved;
            }
        }
        var result = rebuild.Result;
        if (result.Succeeded && _outputDir is not null) SiteWriter.Write(_outputDir, result.Files);
        var snapshot = _site.Publish(result);
        foreach (var d in result.Diagnostics)
            _log.WriteLine((d with { File = DisplayPath(d.File) }).ToString());
        if (result.Succeeded)
            _log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Build {snapshot.Version}{After(changes)}: {rebuild.PagesParsed} of {result.PageCount} pages parsed, {rebuild.PagesRendered} laid out again, done {clock.Elapsed.TotalMilliseconds:0} ms after the batch"));
        else
            _log.WriteLine($"Build {snapshot.Version}{After(changes)} failed with {result.Errors} error{(result.Errors == 1 ? "" : "s")}; the browser shows them");
        if (_timings) LogTimings(result);
        // A build of thousands of pages leaves hundreds of megabytes of garbage; collected now,
        // while the author reads, it does not stop the next save's refresh halfway (a full
        // collection took 30-70 ms at 4,000 pages, which the refresh alone would have doubled).
        GC.Collect();
    }

    /// <summary>Cancels <paramref name="build"/> as soon as another change comes in; returns when either happens.</summary>
    private async Task CancelOnNextChangeAsync(CancellationTokenSource build)
    {
        try
        {
            if (await _watcher.Changes.WaitToReadAsync(build.Token)) await build.CancelAsync();
        }
        catch (OperationCanceledException)
        {
            // The build finished first.
        }
    }

    private static string After(IReadOnlyList<SiteChange> changes) => changes.Count == 0
        ? ""
        : $" after {string.Join(", ", changes.Select(c => c.Path.Length == 0 ? c.Area.ToString().ToLowerInvariant() : c.Path).Distinct().Take(3))}";

    private void LogTimings(BuildResult result)
    {
        foreach (var t in result.Timings.OrderByDescending(t => t.Elapsed).Take(5))
            _log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {t.Module,-22} {t.Elapsed.TotalMilliseconds,8:0.0} ms"));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _watcher.Dispose();
        await _loop;
        if (_server is not null) await _server.DisposeAsync();
        _stop.Dispose();
    }
}

/// <param name="ThemeDir">The playbook's own theme folder, watched for saves; null when it uses the built-in theme alone, which never changes.</param>
public sealed record PreviewSettings(string InputDir, string? ThemeDir, BuildOptions Options, int Port = PreviewSettings.DefaultPort, string? OutputDir = null, bool Timings = false)
{
    public const int DefaultPort = 5080;
}
