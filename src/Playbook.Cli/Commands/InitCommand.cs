using Playbook.Themes;

namespace Playbook.Cli.Commands;

/// <summary>
/// <c>playbook init [folder]</c>: a new playbook that builds with <c>--strict</c> at once. The
/// files are the project's <c>Starter/</c> folder, embedded in the command (logical names
/// <c>starter/&lt;path&gt;</c>), so they are real files a test builds.
/// </summary>
public static class InitCommand
{
    public static readonly string[] Flags = [];

    public const string Help = """
        Usage: playbook init [folder]

          folder     Where to start the playbook (default: the current folder); it must be
                     empty or not exist yet (a .git folder may be there)

        Writes input/ (playbook.yml with example stages and phases, a page of each kind),
        netlify.toml, .gitignore and a README for authors. The site uses the built-in theme.
        """;

    private const string Prefix = "starter/";

    public static int Run(Options options, TextWriter stdout)
    {
        if (options.Help) { stdout.WriteLine(Help); return CommandLine.Ok; }
        if (options.Positional.Count > 1) throw new UsageException($"unexpected argument '{options.Positional[1]}'");
        var folder = options.Positional.Count == 1 ? options.Positional[0] : ".";
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any(e => Path.GetFileName(e) != ".git"))
            throw new UsageException($"'{folder}' is not empty; run 'playbook init <new folder>' or empty it first");

        foreach (var (path, bytes) in Files())
        {
            var target = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            File.WriteAllBytes(target, bytes);
        }
        stdout.WriteLine(folder == "." ? "Created a playbook here. Next: playbook build" : $"Created a playbook in {folder}. Next: cd {folder} && playbook build");
        return CommandLine.Ok;
    }

    /// <summary>The starter's files by the path they get in the new playbook, in ordinal order.</summary>
    public static IEnumerable<(string Path, byte[] Bytes)> Files()
    {
        var assembly = typeof(InitCommand).Assembly;
        foreach (var path in EmbeddedFiles.Paths(assembly, Prefix))
            // A file named .gitignore inside the project would be read by git as this repository's own.
            yield return (path == "gitignore" ? ".gitignore" : path, EmbeddedFiles.Read(assembly, Prefix, path));
    }
}
