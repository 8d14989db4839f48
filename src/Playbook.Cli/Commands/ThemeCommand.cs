using Playbook.Themes;

namespace Playbook.Cli.Commands;

/// <summary>
/// <c>playbook theme eject</c>: copies the built-in theme into the playbook's theme folder for full
/// control. It never overwrites: when any of the files is already there, it writes none.
/// </summary>
public static class ThemeCommand
{
    public static readonly string[] Flags = ["input=", "theme="];

    public const string Help = """
        Usage: playbook theme eject [--theme <dir>] [--input <dir>]

          --theme <dir>   Where to copy the built-in theme (default: theme, beside the input folder)
          --input <dir>   The playbook's input folder (default: input)

        Every layout, include and asset of the built-in theme is copied; the build then reads
        them from there. Refuses to overwrite a file that exists.
        """;

    public static int Run(Options options, TextWriter stdout)
    {
        if (options.Help) { stdout.WriteLine(Help); return CommandLine.Ok; }
        if (options.Positional is not ["eject"]) throw new UsageException("theme takes one action: playbook theme eject");
        var input = options.Get("input", "input");
        var folder = options.Get("theme") ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(input).TrimEnd('/', '\\')) ?? ".", "theme");
        var theme = BuiltInTheme.Instance;
        var existing = theme.Paths.Where(p => File.Exists(Path.Combine(folder, p))).ToList();
        if (existing.Count > 0)
            throw new UsageException($"{existing.Count} of the theme's files are already in '{folder}' (first: {existing[0]}); move them away or eject into another --theme folder");
        foreach (var path in theme.Paths)
        {
            var target = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, theme.Read(path).Bytes!);
        }
        stdout.WriteLine($"Copied {theme.Paths.Count} files of the built-in theme into {folder}; they now override it.");
        return CommandLine.Ok;
    }
}
