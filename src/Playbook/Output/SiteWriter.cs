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

        foreach (var file in files)
        {
            var path = Path.GetFullPath(Path.Combine(staging, file.Path));
            // Paths come from slugs and so cannot climb out; this is the last line of defence all the same.
            if (!path.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw new InvalidOperationException($"refusing to write {file.Path} outside the output folder");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }

        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
        if (Directory.Exists(target)) Directory.Move(target, old);
        Directory.Move(staging, target);
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
    }
}
