using Playbook.Diagnostics;
using Playbook.Pipeline;

namespace Playbook.Cli.Preview;

/// <summary>
/// What the preview server shows: the files of the last good build, and the errors of the last
/// build when it failed. Each snapshot carries the task of its successor, so a tab that is
/// listening cannot miss a rebuild between two reads. Each file carries the snapshot in which its
/// content last changed, so a tab reloads only when the page it shows changed.
/// </summary>
public sealed class LiveSite
{
    private readonly Lock _gate = new();
    private TaskCompletionSource<Snapshot> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LiveSite() => Current = new Snapshot(0, new Dictionary<string, SiteFile>(), [], _next.Task);

    public Snapshot Current { get; private set; }

    /// <summary>A whole build: its files replace the site's, or its errors are shown in place of every page.</summary>
    public Snapshot Publish(BuildResult result) => Next((version, files) =>
    {
        if (!result.Succeeded) return (files, result.Diagnostics);
        var published = new Dictionary<string, SiteFile>(result.Files.Count, StringComparer.Ordinal);
        foreach (var file in result.Files) published[file.Path] = Revise(files, file, version);
        return (published, []);
    });

    /// <summary>Some files of a good build ahead of the rest (a preview refresh): they replace their old versions; every other file stays.</summary>
    public Snapshot Refresh(IReadOnlyList<OutputFile> changed) => Next((version, files) =>
    {
        var published = new Dictionary<string, SiteFile>(files, StringComparer.Ordinal);
        foreach (var file in changed) published[file.Path] = Revise(files, file, version);
        return (published, []);
    });

    private static SiteFile Revise(IReadOnlyDictionary<string, SiteFile> files, OutputFile file, int version) =>
        files.TryGetValue(file.Path, out var old) && old.File.SameContent(file) ? old with { File = file } : new SiteFile(file, version);

    private Snapshot Next(Func<int, IReadOnlyDictionary<string, SiteFile>, (IReadOnlyDictionary<string, SiteFile> Files, IReadOnlyList<Diagnostic> Problems)> make)
    {
        lock (_gate)
        {
            var version = Current.Version + 1;
            var (files, problems) = make(version, Current.Files);
            var previous = _next;
            _next = new TaskCompletionSource<Snapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
            Current = new Snapshot(version, files, problems, _next.Task);
            previous.SetResult(Current);
            return Current;
        }
    }

    /// <summary>A file of the site and the snapshot in which its content last changed.</summary>
    public sealed record SiteFile(OutputFile File, int Revision);

    /// <param name="Files">The last good site by output path; kept while a build fails, for its assets.</param>
    /// <param name="Problems">The diagnostics of a failed build; empty when the last build succeeded.</param>
    public sealed record Snapshot(int Version, IReadOnlyDictionary<string, SiteFile> Files, IReadOnlyList<Diagnostic> Problems, Task<Snapshot> Next)
    {
        public bool Failed => Problems.Count > 0;

        /// <summary>
        /// Which version of the file at <paramref name="path"/> a tab sees: the snapshot its content
        /// last changed in, or this one while the build fails (every page is then the error page)
        /// or when no path is given.
        /// </summary>
        public int RevisionOf(string? path) =>
            Failed || path is null ? Version
            : Files.TryGetValue(path, out var file) ? file.Revision
            : Files.TryGetValue(PreviewServer.NotFoundPage, out var notFound) ? notFound.Revision
            : Version;
    }
}
