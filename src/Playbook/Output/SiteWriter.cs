using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Playbook.Pipeline;

namespace Playbook.Output;

/// <summary>
/// Writes a finished site atomically: into a fresh folder beside the output, then swapped in
/// with two renames. A build that fails never commits, and one that crashes mid-write leaves
/// the previous site where it was. Files whose content is final can be written ahead, while the
/// build still lays out and checks the site (<see cref="WriteAhead"/>); <see cref="Commit"/> writes the rest.
/// </summary>
public sealed class SiteWriter : IDisposable
{
    private readonly string _target;
    private readonly string _staging;
    private readonly string _old;
    private readonly ConcurrentDictionary<string, OutputFile> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    // Batches arrive from the threads that lay pages out, so the list of writes under way is shared.
    private readonly ConcurrentQueue<Task> _ahead = new();
    private bool _committed;

    private SiteWriter(string target, string staging, string old) => (_target, _staging, _old) = (target, staging, old);

    /// <summary>Writes <paramref name="files"/> as the site in <paramref name="outputDir"/>, all at once.</summary>
    public static void Write(string outputDir, IReadOnlyList<OutputFile> files)
    {
        using var writer = Begin(outputDir);
        writer.Commit(files);
    }

    /// <summary>A new, empty staging folder beside <paramref name="outputDir"/>; the output itself is not touched until <see cref="Commit"/>.</summary>
    public static SiteWriter Begin(string outputDir)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        var writer = new SiteWriter(target, Path.Combine(parent, $".{name}.new"), Path.Combine(parent, $".{name}.old"));
        Directory.CreateDirectory(parent);
        if (Directory.Exists(writer._staging)) Directory.Delete(writer._staging, recursive: true);
        Directory.CreateDirectory(writer._staging);
        return writer;
    }

    /// <summary>
    /// Starts writing <paramref name="files"/> in the background and returns at once; several threads
    /// may hand on batches at the same time. Their content must be final; should the build change or
    /// drop one after all, <see cref="Commit"/> puts it right.
    /// </summary>
    public void WriteAhead(IReadOnlyList<OutputFile> files) => _ahead.Enqueue(Task.Run(() => WriteAll(files)));

    /// <summary>Writes what was not written ahead (or changed since), removes what the build dropped, and swaps the site in.</summary>
    public void Commit(IReadOnlyList<OutputFile> files)
    {
        // The first failure of a write ahead is the IOException it was, as if it had happened here.
        foreach (var task in _ahead) task.GetAwaiter().GetResult();
        var final = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var (path, file) in _written)
        {
            if (final.TryGetValue(path, out var now) && now.SameContent(file)) continue;
            File.Delete(StagedPath(path));
            _written.TryRemove(path, out _);
        }
        WriteAll(files.Where(f => !_written.ContainsKey(f.Path)).ToList());

        if (Directory.Exists(_old)) Directory.Delete(_old, recursive: true);
        if (Directory.Exists(_target)) Directory.Move(_target, _old);
        Directory.Move(_staging, _target);
        _committed = true;
        if (Directory.Exists(_old)) Directory.Delete(_old, recursive: true);
    }

    /// <summary>Without a commit (the build failed), the staging folder goes and the output stays as it was.</summary>
    public void Dispose()
    {
        if (_committed) return;
        try
        {
            Task.WaitAll(_ahead.ToArray());
        }
        catch (AggregateException)
        {
            // A write that failed does not matter: nothing of this build is kept.
        }
        try
        {
            if (Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
        }
        catch (IOException)
        {
            // The next build clears a staging folder left behind before it starts.
        }
    }

    private void WriteAll(IReadOnlyList<OutputFile> files)
    {
        var paths = new string[files.Count];
        for (var i = 0; i < files.Count; i++) paths[i] = StagedPath(files[i].Path);
        // Folders first, one by one (many files share one); then the files, which are independent.
        foreach (var folder in paths.Select(Path.GetDirectoryName))
        {
            if (_folders.ContainsKey(folder!)) continue;
            Directory.CreateDirectory(folder!);
            _folders[folder!] = true;
        }
        try
        {
            Parallel.For(0, files.Count, i =>
            {
                // The staging folder is new and CheckOutputPaths gave every file a path of its own,
                // so each file is created, never truncated or overwritten.
                using (var handle = File.OpenHandle(paths[i], FileMode.CreateNew, FileAccess.Write))
                    files[i].WriteTo(handle);
                _written[files[i].Path] = files[i];
            });
        }
        catch (AggregateException e)
        {
            // Callers handle a full disk or a locked folder as the IOException it is, not as a wrapper.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    private string StagedPath(string file)
    {
        var path = Path.GetFullPath(Path.Combine(_staging, file));
        // Paths come from slugs and so cannot climb out; this is the last line of defence all the same.
        if (!path.StartsWith(_staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"refusing to write {file} outside the output folder");
        return path;
    }
}
