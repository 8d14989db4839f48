using System.Runtime.ExceptionServices;
using Playbook.Pipeline;

namespace Playbook.Output;

/// <summary>
/// Writes a finished site atomically: into a fresh folder beside the output, then swapped in
/// with two renames. A build that fails never gets here, and one that crashes mid-write leaves
/// the previous site where it was.
/// </summary>
public static class SiteWriter
{
    public static void Write(string outputDir, IReadOnlyList<OutputFile> files)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.new");
        var old = Path.Combine(parent, $".{name}.old");
        Directory.CreateDirectory(parent);
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);

        var paths = new string[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            var path = Path.GetFullPath(Path.Combine(staging, files[i].Path));
            // Paths come from slugs and so cannot climb out; this is the last line of defence all the same.
            if (!path.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw new InvalidOperationException($"refusing to write {files[i].Path} outside the output folder");
            paths[i] = path;
        }
        // Folders first, one by one (many files share one); then the files, which are independent.
        foreach (var folder in paths.Select(Path.GetDirectoryName).Distinct(StringComparer.Ordinal)) Directory.CreateDirectory(folder!);
        try
        {
            Parallel.For(0, files.Count, i =>
            {
                // The staging folder is new and CheckOutputPaths gave every file a path of its own,
                // so each file is created, never truncated or overwritten.
                using var handle = File.OpenHandle(paths[i], FileMode.CreateNew, FileAccess.Write);
                files[i].WriteTo(handle);
            });
        }
        catch (AggregateException e)
        {
            // Callers handle a full disk or a locked folder as the IOException it is, not as a wrapper.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
        if (Directory.Exists(target)) Directory.Move(target, old);
        Directory.Move(staging, target);
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
    }
}
