using Playbook.Pipeline;

namespace Playbook.Cli.Preview;

/// <summary>
/// What the preview server shows: the files of the last good build, and the errors of the last
/// build when it failed. Each snapshot carries the task of its successor, so a tab that is
/// listening cannot miss a rebuild between two reads.
/// </summary>
public sealed class LiveSite
{
    private readonly Lock _gate = new();
    private TaskCompletionSource<Snapshot> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LiveSite() => Current = new Snapshot(0, new Dictionary<string, byte[]>(), [], _next.Task);

    public Snapshot Current { get; private set; }

    public Snapshot Publish(BuildResult result)
    {
        lock (_gate)
        {
            var previous = _next;
            _next = new TaskCompletionSource<Snapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
            var files = result.Succeeded
                ? result.Files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal)
                : Current.Files;
            Current = new Snapshot(Current.Version + 1, files, result.Succeeded ? [] : result.Diagnostics, _next.Task);
            previous.SetResult(Current);
            return Current;
        }
    }

    /// <param name="Files">The last good site by output path; kept while a build fails, for its assets.</param>
    /// <param name="Problems">The diagnostics of a failed build; empty when the last build succeeded.</param>
    public sealed record Snapshot(int Version, IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<Diagnostic> Problems, Task<Snapshot> Next)
    {
        public bool Failed => Problems.Count > 0;
    }
}
