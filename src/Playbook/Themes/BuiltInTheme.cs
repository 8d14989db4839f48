using System.Collections.Frozen;
using Playbook.Files;

namespace Playbook.Themes;

/// <summary>
/// The default theme, carried inside the library: the repository's <c>theme/</c> folder is
/// embedded at compile time (logical names <c>theme/&lt;path&gt;</c>), so a playbook with no
/// theme of its own still builds, and edits to <c>theme/</c> reach it with the next compile.
/// </summary>
public sealed class BuiltInTheme : IFileSet
{
    private const string Prefix = "theme/";

    // The resources never change while the program runs, so they are read once for every build;
    // the whole theme is a few hundred kilobytes.
    private static readonly Lazy<FrozenDictionary<string, byte[]>> Files = new(() =>
        Names().ToFrozenDictionary(path => path, path => EmbeddedFiles.Read(typeof(BuiltInTheme).Assembly, Prefix, path), StringComparer.Ordinal));

    public static BuiltInTheme Instance { get; } = new();

    private BuiltInTheme() { }

    public IReadOnlyList<string> Paths { get; } = Names().ToList();

    public FileRead Read(string path) => Files.Value.TryGetValue(path, out var bytes) ? FileRead.Of(bytes) : FileRead.Missing;

    /// <summary>The embedded files never change, so one fixed stamp keeps caches valid for good.</summary>
    public DateTime Stamp(string path) => DateTime.UnixEpoch;

    // As a theme folder on disk is read: no hidden files, no editor backups.
    private static IEnumerable<string> Names() =>
        EmbeddedFiles.Paths(typeof(BuiltInTheme).Assembly, Prefix)
            .Where(p => !p.Split('/').Any(part => part.StartsWith('.')) && !p.EndsWith('~'));
}
