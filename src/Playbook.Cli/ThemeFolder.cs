using Playbook.Files;
using Playbook.Themes;

namespace Playbook.Cli;

/// <summary>
/// Which theme folder a playbook has: <c>--theme</c> when given (it must exist), else a
/// <c>theme/</c> beside the input folder (<c>&lt;input&gt;/../theme</c>), else none. Whatever it
/// holds overrides the built-in theme file by file; without one the built-in theme is used alone.
/// </summary>
public static class ThemeFolder
{
    public static string? Find(string? option, string inputDir)
    {
        if (option is not null)
            return Directory.Exists(option) ? option : throw new UsageException($"theme folder '{option}' does not exist");
        var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(inputDir).TrimEnd('/', '\\')) ?? ".", "theme");
        return Directory.Exists(beside) ? beside : null;
    }

    /// <summary>The files a build reads as its theme: the folder's over the built-in ones.</summary>
    public static IFileSet Files(string? folder) =>
        folder is null ? BuiltInTheme.Instance : new LayeredTheme(new DiskFileSet(folder), BuiltInTheme.Instance);
}
