using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Playbook.Files;
using Playbook.Pipeline;

namespace Playbook.Tests.Support;

/// <summary>Builds whole sites in memory with the real theme, so tests never touch the output folder.</summary>
public static class TestSite
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static string RepoRoot { get; } = FindRoot();

    public static IFileSet Theme => new DiskFileSet(Path.Combine(RepoRoot, "theme"));

    public static IFileSet DefaultInput => new DiskFileSet(Path.Combine(RepoRoot, "input"));

    public const string Config = """
        site:
          title: Test playbook
          base_url: https://example.org/
        stages:
          - id: tactical
            title: Tactical
            summary: First stage.
          - id: strategic
            title: Strategic
            summary: Second stage.
        phases:
          - id: education
            title: Education
            stages: [tactical]
          - id: participation
            title: Participation
            stages: [strategic]
        tags: [strategy, kpi]
        kinds:
          article:
            folder: articles
            required: [title]
          checklist:
            folder: checklists
            required: [title]
          guide:
            folder: guides
            required: [title]
          stage:
            folder: stages
            required: [title, stage]
          page:
            folder: ""
            required: [title]
        nav:
          - title: Stages
            url: /stages/
        """;

    /// <summary>A small valid site plus the given files (which may replace its own).</summary>
    public static Dictionary<string, string> Minimal(params (string Path, string Text)[] files)
    {
        var site = new Dictionary<string, string>
        {
            ["playbook.yml"] = Config,
            ["index.md"] = "---\ntitle: Home\n---\nWelcome.\n",
            ["stages/tactical.md"] = "---\ntitle: Tactical\nstage: tactical\n---\nThe first stage.\n",
            ["stages/strategic.md"] = "---\ntitle: Strategic\nstage: strategic\n---\nThe second stage.\n",
        };
        foreach (var (path, text) in files) site[path] = text;
        return site;
    }

    public static Task<BuildResult> BuildAsync(Dictionary<string, string> files, BuildOptions? options = null) =>
        Engine.BuildAsync(MemoryFileSet.FromText(files), Theme, options ?? new BuildOptions { Today = Today }, Pipelines.Default());

    public static Task<BuildResult> BuildDefaultAsync(BuildOptions? options = null) =>
        Engine.BuildAsync(DefaultInput, Theme, options ?? new BuildOptions { Today = Today }, Pipelines.Default());

    public static IHtmlDocument Html(BuildResult result, string path)
    {
        var file = result.Files.SingleOrDefault(f => f.Path == path)
            ?? throw new Xunit.Sdk.XunitException($"no output file {path}; have: {string.Join(", ", result.Files.Select(f => f.Path).Take(40))}");
        return new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(file.Bytes));
    }

    public static string Errors(BuildResult result) => string.Join("\n", result.Diagnostics);

    private static string FindRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Playbook.sln"))) dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("Playbook.sln not found above the test binaries");
    }
}
