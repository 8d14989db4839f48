using System.Collections.Concurrent;
using Playbook.Files;

namespace Playbook.Preview;

/// <summary>
/// The input folder as preview last read it: each file's bytes and the list of paths are kept
/// until <see cref="Forget"/> hears that they changed, so a save reads one file, not thousands.
/// An unchanged file comes back as the same array, which lets later caches compare by reference.
/// </summary>
public sealed class CachedFileSet(IFileSet files) : IFileSet
{
    private readonly ConcurrentDictionary<string, FileRead> _bytes = new(StringComparer.Ordinal);
    private IReadOnlyList<string>? _paths;

    public IReadOnlyList<string> Paths => _paths ??= files.Paths;

    public FileRead Read(string path) => _bytes.GetOrAdd(path, files.Read);

    public DateTime Stamp(string path) => files.Stamp(path);

    /// <summary>
    /// Drops what these changes may have made stale. A change the watcher could not name
    /// (an empty path) drops everything; a path that is new, gone or a folder lists the folder again
    /// and forgets the files under it.
    /// </summary>
    public void Forget(IEnumerable<SiteChange> changes)
    {
        foreach (var change in changes.Where(c => c.Area == SiteArea.Input))
        {
            if (change.Path.Length == 0)
            {
                _bytes.Clear();
                _paths = null;
                return;
            }
            _bytes.TryRemove(change.Path, out _);
            if (_paths is { } paths && Listed(paths, change.Path) && Read(change.Path).Bytes is not null) continue;
            _paths = null;
            // A folder moved or deleted as a whole is one event; the files under it were not named.
            foreach (var inside in _bytes.Keys.Where(p => p.StartsWith(change.Path + "/", StringComparison.Ordinal))) _bytes.TryRemove(inside, out _);
        }
    }

    private static bool Listed(IReadOnlyList<string> paths, string path) =>
        paths is List<string> list ? list.BinarySearch(path, StringComparer.Ordinal) >= 0 : paths.Contains(path);
}
