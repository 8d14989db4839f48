using Playbook.Model;

namespace Playbook.Preview;

public enum SiteArea { Input, Theme }

/// <summary>A file that changed under the input or the theme; the path is relative to that folder, with '/'.</summary>
public sealed record SiteChange(SiteArea Area, string Path)
{
    /// <summary>An empty path: the watcher lost track (its buffer overflowed), so nothing is known to be unchanged.</summary>
    public static SiteChange Unknown(SiteArea area) => new(area, "");

    /// <summary>Layouts, includes, assets and playbook.yml feed every page, so they invalidate every cached page.</summary>
    public bool AffectsEverything => Area == SiteArea.Theme || Path == ConfigReader.FileName || Path.Length == 0;
}
