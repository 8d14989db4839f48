using Playbook.Files;

namespace Playbook.Themes;

/// <summary>
/// A playbook's own theme folder over the built-in theme, file by file (as Hugo looks a layout up
/// in the site before its theme): a layout, include or asset in <paramref name="own"/> wins,
/// any other comes from <paramref name="builtIn"/>.
/// </summary>
public sealed class LayeredTheme(IFileSet own, IFileSet builtIn) : IFileSet
{
    public IFileSet Own { get; } = own;

    public IReadOnlyList<string> Paths => Own.Paths.Union(builtIn.Paths, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>The own file when there is one, even one that cannot be read: the build reports it rather than quietly using the built-in one.</summary>
    public FileRead Read(string path) => Own.Read(path) is { IsMissing: false } own ? own : builtIn.Read(path);

    /// <summary>
    /// The own file's stamp: the built-in one never changes, so only the own file appearing,
    /// changing or going away can make a cached template stale, and each of those changes this stamp.
    /// </summary>
    public DateTime Stamp(string path) => Own.Stamp(path);
}
