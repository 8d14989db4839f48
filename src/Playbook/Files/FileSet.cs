namespace Playbook.Files;

/// <summary>
/// A folder of files the build reads: the input or the theme. Tests use <see cref="MemoryFileSet"/>
/// so whole sites build without touching the disk.
/// </summary>
public interface IFileSet
{
    /// <summary>Relative paths with forward slashes, in ordinal order so builds are deterministic.</summary>
    IReadOnlyList<string> Paths { get; }

    /// <summary>The file's bytes, <see cref="FileRead.Missing"/> when no file is there, or why it cannot be read.</summary>
    FileRead Read(string path);

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

    /// <summary>
    /// The file's bytes, or why not. It tries the read first and asks what is at the path only when
    /// the read fails: asking first would cost every read a second system call (4,000 at 4,000 pages).
    /// </summary>
    public FileRead Read(string path)
    {
        var full = Path.Combine(Root, path);
        try
        {
            return FileRead.Of(File.ReadAllBytes(full));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Why(full, e);
        }
    }

    private static FileRead Why(string full, Exception e)
    {
        if (Directory.Exists(full))
            return FileRead.Unreadable("it is a folder, not a file; rename the folder or move it elsewhere");
        var link = new FileInfo(full).LinkTarget;
        if (link is not null)
            return FileRead.Unreadable($"it is a symbolic link to '{link}', which leads to no file; fix the link or delete it");
        return e switch
        {
            FileNotFoundException or DirectoryNotFoundException => FileRead.Missing,
            UnauthorizedAccessException => FileRead.Unreadable("permission denied; give the build's user read access to it (chmod a+r)"),
            _ => FileRead.Unreadable($"{e.Message.TrimEnd('.')}; check the file and build again"),
        };
    }

    public DateTime Stamp(string path) => File.GetLastWriteTimeUtc(Path.Combine(Root, path));
}

public sealed class MemoryFileSet(IReadOnlyDictionary<string, byte[]> files) : IFileSet
{
    public static MemoryFileSet FromText(IReadOnlyDictionary<string, string> files) =>
        new(files.ToDictionary(f => f.Key, f => System.Text.Encoding.UTF8.GetBytes(f.Value)));

    public IReadOnlyList<string> Paths { get; } = files.Keys.Order(StringComparer.Ordinal).ToList();

    public FileRead Read(string path) => files.TryGetValue(path, out var bytes) ? FileRead.Of(bytes) : FileRead.Missing;

    public DateTime Stamp(string path) => DateTime.UnixEpoch;
}
