using System.Globalization;
using System.Security.Cryptography;
using Playbook.Diagnostics;
using Playbook.Files;
using Playbook.Model;
using Playbook.Output;
using Playbook.Pipeline;

namespace Playbook.Cli.Commands;

/// <summary><c>playbook build</c> and <c>playbook check</c>: the same build; only build writes.</summary>
public static class BuildCommand
{
    public static readonly string[] Flags = ["input=", "output=", "theme=", "base-url=", "audience=", "strict", "drafts", "timings", "preview-banner", "no-admin"];

    public const string Help = """
        Usage: playbook build|check [options]

          --input <dir>        Folder with playbook.yml and the Markdown pages (default: input)
          --output <dir>       Folder the site is written to (default: output; build only)
          --theme <dir>        Folder whose layouts, includes and assets override the built-in
                               theme's, file by file (default: a theme folder beside the input
                               folder, if there is one)
          --base-url <url>     Overrides site.base_url from playbook.yml
          --audience <who>     public (default) or internal: internal also builds internal pages
          --drafts             Include pages marked draft: true
          --strict             Treat warnings as errors
          --timings            Print the time each step took
          --preview-banner     Mark every page as a preview (for deploy previews)
          --no-admin           Leave out the web editor (/admin/, Decap CMS)

        Exit codes: 0 success, 1 content errors, 2 usage errors.
        """;

    public static async Task<int> RunAsync(Options options, TextWriter stdout, TextWriter stderr, bool write)
    {
        if (options.Help) { stdout.WriteLine(Help); return CommandLine.Ok; }
        if (options.Positional.Count > 0) throw new UsageException($"unexpected argument '{options.Positional[0]}'");
        var audience = options.Get("audience", Audiences.Public);
        if (audience is not (Audiences.Public or Audiences.Internal))
            throw new UsageException($"--audience must be public or internal, not '{audience}'");
        var inputDir = options.Get("input", "input");
        if (!Directory.Exists(inputDir)) throw new UsageException($"input folder '{inputDir}' does not exist");
        var buildOptions = new BuildOptions
        {
            IncludeDrafts = options.Has("drafts"),
            Audience = audience,
            BaseUrl = options.Get("base-url"),
            Strict = options.Has("strict"),
            PreviewBanner = options.Has("preview-banner"),
            Admin = !options.Has("no-admin"),
        };

        // The build's first SHA-256 (checklist ids, asset fingerprints) loads OpenSSL, ~10 ms on one
        // core; started now on another thread, that overlaps the reading of the input instead of
        // holding up the step that first hashes.
        _ = Task.Run(() => SHA256.HashData(ReadOnlySpan<byte>.Empty));
        var output = options.Get("output", "output");
        // The pages are written while the build checks them; only a build that succeeds swaps them in.
        using var writer = write ? TryBegin(output) : null;
        using var progress = ProgressLine.Start(stderr);
        var result = await Engine.BuildAsync(new DiskFileSet(inputDir), ThemeFolder.Files(ThemeFolder.Find(options.Get("theme"), inputDir)), buildOptions, Pipelines.Default(),
            progress: progress.Report, filesFinal: writer is null ? null : writer.WriteAhead);
        progress.Dispose();

        foreach (var d in result.Diagnostics)
            (d.Severity == Severity.Error ? stderr : stdout).WriteLine(Relative(inputDir, d));
        var (written, writeTiming) = await StepTiming.Measure("Write", nameof(SiteWriter),
            () => Task.FromResult(!result.Succeeded || !write || TryWrite(writer, output, result, stderr)));
        if (!written) return CommandLine.ContentErrors;
        var timings = write ? result.Timings.Append(writeTiming) : result.Timings;
        if (options.Has("timings"))
        {
            foreach (var t in timings)
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {t.Pipeline,-9} {t.Module,-22} {t.Elapsed.TotalMilliseconds,8:0.0} ms {t.Cpu.TotalMilliseconds,8:0} ms CPU {t.AllocatedBytes / 1048576.0,7:0.0} MB allocated"));
            // Time the steps spent paused for the garbage collector is inside their figures above.
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  GC: {GC.CollectionCount(0)} / {GC.CollectionCount(1)} / {GC.CollectionCount(2)} collections (gen 0 / 1 / 2), paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms"));
        }

        var verb = !result.Succeeded ? "Failed" : write ? "Built" : "Checked";
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{verb} {result.PageCount} pages in {(result.Elapsed + (write ? writeTiming.Elapsed : TimeSpan.Zero)).TotalSeconds:0.00} s, {result.Warnings} warnings, {result.Errors} errors"));
        return result.Succeeded ? CommandLine.Ok : CommandLine.ContentErrors;
    }

    /// <summary>A staging folder for the output, or null when it cannot be made: the write after the build then says why.</summary>
    private static SiteWriter? TryBegin(string outputDir)
    {
        try
        {
            return SiteWriter.Begin(outputDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>A disk that is full or a folder that cannot be written is the machine's problem, told in one line.</summary>
    private static bool TryWrite(SiteWriter? writer, string outputDir, BuildResult result, TextWriter stderr)
    {
        try
        {
            if (writer is null) SiteWriter.Write(outputDir, result.Files);
            else writer.Commit(result.Files);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"playbook: cannot write the site to '{outputDir}': {e.Message}; check the folder and the free disk space");
            return false;
        }
    }

    /// <summary>DiagnosticList name files as the author sees them from where the command runs: input/x.md, theme/...</summary>
    private static string Relative(string inputDir, Diagnostic d) => (d with { File = DisplayPath(inputDir, d.File) }).ToString();

    public static string DisplayPath(string inputDir, string file)
    {
        if (file.StartsWith("theme/") || file.StartsWith('(')) return file;
        var path = Path.Combine(inputDir, file).Replace('\\', '/');
        return path.StartsWith("./") ? path[2..] : path;
    }
}
