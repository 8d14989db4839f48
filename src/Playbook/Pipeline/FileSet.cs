namespace Playbook.Pipeline;

/// <summary>
/// A folder of files the build reads: the input or the theme. Tests use <see cref="MemoryFileSet"/>
/// so whole sites build without touching the disk.
/// </summary>
public interface IFileSet
{
    /// <summary>Relative paths with forward slashes, in ordinal order so builds are deterministic.</summary>
    IReadOnlyList<string> Paths { get; }

    byte[]? Read(string path);

    /// <summary>A value that changes when the file changes, for caches.</summary>
    DateTime Stamp(string path);
}

public sealed class DiskFileSet(string root) : IFileSet
{
    public string Root { get; } = Path.GetFullPath(root);

    public IReadOnlyList<string> Paths => Directory.Exists(Root)
        ? Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
            .Where(p => !p.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList()
        : [];

    /// <summary>The file's bytes, or null when there is no file at that path. Asking first whether it
    /// exists would cost every read a second system call (4,000 at 4,000 pages).</summary>
    public byte[]? Read(string path)
    {
        var full = Path.Combine(Root, path);
        try
        {
            return File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException
                                   || (e is UnauthorizedAccessException && Directory.Exists(full)))
        {
            return null;
        }
    }

    public DateTime Stamp(string path) => File.GetLastWriteTimeUtc(Path.Combine(Root, path));
}

public sealed class MemoryFileSet(IReadOnlyDictionary<string, byte[]> files) : IFileSet
{
    public static MemoryFileSet FromText(IReadOnlyDictionary<string, string> files) =>
        new(files.ToDictionary(f => f.Key, f => System.Text.Encoding.UTF8.GetBytes(f.Value)));

    public IReadOnlyList<string> Paths { get; } = files.Keys.Order(StringComparer.Ordinal).ToList();

    public byte[]? Read(string path) => files.TryGetValue(path, out var bytes) ? bytes : null;

    public DateTime Stamp(string path) => DateTime.UnixEpoch;
}
