using Playbook.Import;

namespace Playbook.Cli.Commands;

/// <summary><c>playbook import jekyll|hugo &lt;source&gt;</c>: an existing site as a new playbook's <c>input/</c>, with a report of what did not map.</summary>
public static class ImportCommand
{
    public static readonly string[] Flags = ["output=", "checklists"];

    public const string Help = """
        Usage: playbook import jekyll|hugo <source> [--output <folder>] [--checklists]

          source         The site's folder (Jekyll: with _config.yml; Hugo: with content/)
          --output <dir> The new playbook's folder; input/ is written in it (default: the current folder)
          --checklists   Turn a numbered list under a heading that says "Checklist" into a task list

        Prints everything it could not map as file(line,col): warning PB05xx lines, then builds
        nothing: run 'playbook build --strict' in the new playbook. Refuses an input/ that exists.
        """;

    public static int Run(Options options, TextWriter stdout)
    {
        if (options.Help) { stdout.WriteLine(Help); return CommandLine.Ok; }
        if (options.Positional.Count != 2) throw new UsageException("import takes a format and a folder: playbook import jekyll ../my-site");
        var format = options.Positional[0] switch
        {
            "jekyll" => SourceFormat.Jekyll,
            "hugo" => SourceFormat.Hugo,
            var other => throw new UsageException($"unknown format '{other}'; expected jekyll or hugo"),
        };
        var source = options.Positional[1];
        if (!Directory.Exists(source)) throw new UsageException($"source folder '{source}' does not exist");
        var input = Path.Combine(options.Get("output", "."), "input");
        if (Directory.Exists(input) && Directory.EnumerateFileSystemEntries(input).Any())
            throw new UsageException($"'{input}' already holds files; import into another --output folder");

        var result = ImportSite.Import(format, source, options.Has("checklists"));
        foreach (var (path, text) in result.Files)
        {
            var target = Path.Combine(input, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }
        foreach (var line in result.Report) stdout.WriteLine(line with { File = Path.Combine(source, line.File).Replace('\\', '/') });
        stdout.WriteLine($"Imported {result.Files.Count} files into {input}; {result.Report.Count} things could not be mapped (listed above).");
        return CommandLine.Ok;
    }
}
