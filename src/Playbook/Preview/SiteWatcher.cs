using System.Threading.Channels;

namespace Playbook.Preview;

/// <summary>
/// Watches the input folder (pages, assets and playbook.yml) and the theme, and posts each
/// change to <see cref="Changes"/>. Hidden files and editor backups are left out, as the build
/// leaves them out. The built-in theme never changes, so only a theme folder of the playbook's own is watched.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private readonly Channel<SiteChange> _changes = Channel.CreateUnbounded<SiteChange>();
    private readonly List<FileSystemWatcher> _watchers = [];

    public SiteWatcher(string inputDir, string? themeDir)
    {
        _watchers.Add(Watch(inputDir, SiteArea.Input));
        if (themeDir is not null) _watchers.Add(Watch(themeDir, SiteArea.Theme));
    }

    public ChannelReader<SiteChange> Changes => _changes.Reader;

    private FileSystemWatcher Watch(string dir, SiteArea area)
    {
        var root = Path.GetFullPath(dir);
        var watcher = new FileSystemWatcher(root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void Post(string fullPath)
        {
            var path = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
            if (path.Split('/').Any(part => part.StartsWith('.')) || path.EndsWith('~')) return;
            _changes.Writer.TryWrite(new SiteChange(area, path));
        }
        watcher.Changed += (_, e) => Post(e.FullPath);
        watcher.Created += (_, e) => Post(e.FullPath);
        watcher.Deleted += (_, e) => Post(e.FullPath);
        watcher.Renamed += (_, e) => { Post(e.OldFullPath); Post(e.FullPath); };
        watcher.Error += (_, _) => _changes.Writer.TryWrite(SiteChange.Unknown(area));
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _changes.Writer.TryComplete();
    }
}
