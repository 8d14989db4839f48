using System.Globalization;
using Playbook.Diagnostics;
using Playbook.Files;
using Playbook.Model;

namespace Playbook.Cli.Commands;

/// <summary><c>playbook new &lt;kind&gt; "&lt;title&gt;"</c>: a page with valid front matter in its kind's folder.</summary>
public static class NewCommand
{
    public static readonly string[] Flags = ["input=", "stage="];

    public const string Help = """
        Usage: playbook new <kind> "<title>" [--stage <id>] [--input <dir>]

          kind       article, checklist, guide or page
          --stage    The stage the page belongs to (default: the first stage in playbook.yml)

        Never overwrites a file that exists.
        """;

    public static int Run(Options options, TextWriter stdout, TextWriter stderr)
    {
        if (options.Help) { stdout.WriteLine(Help); return CommandLine.Ok; }
        if (options.Positional.Count != 2) throw new UsageException("new takes a kind and a title: playbook new checklist \"Kick-off meeting\"");
        var (kind, title) = (options.Positional[0], options.Positional[1]);
        var inputDir = options.Get("input", "input");
        var diagnostics = new DiagnosticList();
        var configPath = Path.Combine(inputDir, ConfigReader.FileName);
        var input = new DiskFileSet(inputDir);
        var config = ConfigReader.Load(input, diagnostics);
        if (config is null)
        {
            foreach (var d in diagnostics.Sorted()) stderr.WriteLine(d with { File = configPath });
            return CommandLine.ContentErrors;
        }
        if (kind == Kinds.Stage)
            throw new UsageException("stage pages are made one per stage of playbook.yml; declare the stage there and write its page in the stages folder");
        if (!config.Kinds.TryGetValue(kind, out var schema))
            throw new UsageException($"unknown kind '{kind}'{Suggest.DidYouMean(kind, config.Kinds.Keys.Where(k => k != Kinds.Stage))}");
        var slug = PageIds.Slugify(title);
        if (slug.Length == 0) throw new UsageException("the title needs at least one letter or digit");
        var stage = options.Get("stage") ?? config.Stages[0].Id;
        if (config.FindStage(stage) is null) throw new UsageException($"unknown stage '{stage}'{Suggest.DidYouMean(stage, config.Stages.Select(s => s.Id))}");

        var path = Path.Combine(inputDir, schema.Folder, slug + ".md");
        if (File.Exists(path))
        {
            stderr.WriteLine($"playbook: {path} already exists; choose another title or edit that file");
            return CommandLine.ContentErrors;
        }
        // Ids are file names and must be unique across folders (PB0116), so a new page may not reuse one.
        var sameId = input.Paths.FirstOrDefault(p => p.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && PageIds.FromPath(p) == slug);
        if (sameId is not null)
        {
            stderr.WriteLine($"playbook: {BuildCommand.DisplayPath(inputDir, sameId)} already has the id '{slug}'; choose another title");
            return CommandLine.ContentErrors;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Template(kind, title, stage, config, DateOnly.FromDateTime(DateTime.UtcNow)));
        stdout.WriteLine($"Created {path.Replace('\\', '/')}");
        return CommandLine.Ok;
    }

    public static string Template(string kind, string title, string stage, PlaybookConfig config, DateOnly today)
    {
        var date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var review = today.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var tag = config.Tags.Count > 0 ? config.Tags[0] : "general";
        var quoted = "\"" + title.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
        var head = kind == Kinds.Page
            ? $"---\ntitle: {quoted}\ndescription: \"\"\n---\n"
            : $"---\ntitle: {quoted}\ndescription: \"One sentence on what this {kind} is for.\"\nkind: {kind}\nstages: [{stage}]\ntags: [{tag}]\ndate: {date}\nupdated: {date}\nowner: \"\"\nreview_by: {review}\n---\n";
        return head + "\n" + StarterBodies.For(kind, stage);
    }
}
