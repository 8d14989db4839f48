using System.IO.Enumeration;

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

    /// <summary>
    /// Every file below the root but those in dot-folders or named with a leading dot. A folder that
    /// cannot be listed (no permission, a link that loops) is listed itself, so that reading it says
    /// why at that path (PB0122), as for a file that cannot be read, instead of the whole build failing.
    /// </summary>
    public IReadOnlyList<string> Paths => InWalkOrder.Order(StringComparer.Ordinal).ToList();

    /// <summary>The same files as <see cref="Paths"/>, unsorted, each folder listed only when the walk reaches it: for a caller that may stop early.</summary>
    public IEnumerable<string> InWalkOrder => Directory.Exists(Root)
        ? Walk(Root, Directory.ResolveLinkTarget(Root, returnFinalTarget: true)?.FullName ?? Root, "")
        : [];

    private static readonly EnumerationOptions OneFolder = new() { IgnoreInaccessible = false, AttributesToSkip = 0 };

    /// <param name="real">The folder's path with every link resolved, to tell a link back to a folder above it.</param>
    private static IEnumerable<string> Walk(string folder, string real, string prefix)
    {
        var entries = Open(folder);
        if (entries is null)
        {
            // The root itself is the caller's to report (its playbook.yml cannot be read either).
            if (prefix.Length > 0) yield return prefix.TrimEnd('/');
            yield break;
        }
        foreach (var (name, isFolder, isLink) in entries)
        {
            if (name.StartsWith('.')) continue;
            var path = Path.Combine(folder, name);
            var target = isFolder && isLink ? Directory.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName : path;
            if (!isFolder || target is null || IsWithin(real, target)) yield return prefix + name;
            else
                foreach (var below in Walk(path, isLink ? target : Path.Combine(real, name), prefix + name + "/"))
                    yield return below;
        }
    }

    /// <summary>
    /// A folder's entries as they are read, or null when it cannot be opened (the enumerable opens
    /// it as it is made). A link is told by its attributes, which cost a stat call: asked of folders
    /// only, not of every page.
    /// </summary>
    private static FileSystemEnumerable<(string Name, bool IsFolder, bool IsLink)>? Open(string folder)
    {
        try
        {
            return new FileSystemEnumerable<(string, bool, bool)>(folder,
                (ref FileSystemEntry e) => (e.FileName.ToString(), e.IsDirectory, e.IsDirectory && (e.Attributes & FileAttributes.ReparsePoint) != 0), OneFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsWithin(string folder, string ancestor) =>
        folder == ancestor || folder.StartsWith(ancestor.TrimEnd('/') + "/", StringComparison.Ordinal);

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
        if (Directory.Exists(full)) return FileRead.Unreadable(FolderProblem(full));
        if (LinkTarget(full) is { } link)
            return FileRead.Unreadable($"it is a symbolic link to '{link}', which leads to no file; fix the link or delete it");
        return e switch
        {
            FileNotFoundException or DirectoryNotFoundException => FileRead.Missing,
            UnauthorizedAccessException => FileRead.Unreadable("permission denied; give the build's user read access to it (chmod a+r)"),
            _ => FileRead.Unreadable($"{e.Message.TrimEnd('.')}; check the file and build again"),
        };
    }

    /// <summary>What is wrong with a folder where <see cref="Paths"/> promised a file: a link back up, a folder the user may not open, or a folder named like a file.</summary>
    private static string FolderProblem(string full)
    {
        if (LinkTarget(full) is { } link)
            return $"it is a symbolic link to '{link}', a folder that holds the link itself, so it would be read without end; remove the link";
        try
        {
            Directory.EnumerateFileSystemEntries(full).Any();
        }
        catch (UnauthorizedAccessException)
        {
            return "it is a folder the build's user may not open (permission denied); give that user access (chmod a+rx) or move the folder out";
        }
        return "it is a folder, not a file; rename the folder or move it elsewhere";
    }

    /// <summary>Where the link at <paramref name="full"/> points, or null when it is no link or its folder cannot be resolved (a loop of links).</summary>
    private static string? LinkTarget(string full)
    {
        try
        {
            return new FileInfo(full).LinkTarget;
        }
        catch (IOException)
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

    public FileRead Read(string path) => files.TryGetValue(path, out var bytes) ? FileRead.Of(bytes) : FileRead.Missing;

    public DateTime Stamp(string path) => DateTime.UnixEpoch;
}
