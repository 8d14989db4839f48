using System.Diagnostics;

namespace Playbook.Cli;

/// <summary>
/// A live "building: Render…" line on a terminal, shown only once a build has taken a second,
/// and never when output is redirected or NO_COLOR / CI is set, where it would only be noise.
/// </summary>
public sealed class ProgressLine : IDisposable
{
    private readonly TextWriter? _writer;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private bool _shown;

    private ProgressLine(TextWriter? writer) => _writer = writer;

    public static ProgressLine Start(TextWriter stderr)
    {
        var interactive = !Console.IsErrorRedirected
            && Environment.GetEnvironmentVariable("NO_COLOR") is null
            && Environment.GetEnvironmentVariable("CI") is null;
        return new ProgressLine(interactive ? stderr : null);
    }

    public void Report(string phase)
    {
        if (_writer is null || _clock.Elapsed < TimeSpan.FromSeconds(1)) return;
        _writer.Write($"\r\x1b[2Kbuilding: {phase}… {_clock.Elapsed.TotalSeconds:0.0} s");
        _shown = true;
    }

    public void Dispose()
    {
        if (_shown) _writer!.Write("\r\x1b[2K");
        _shown = false;
    }
}
