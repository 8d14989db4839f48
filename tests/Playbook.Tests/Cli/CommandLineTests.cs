using Playbook.Cli;
using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

/// <summary>The <c>playbook</c> command on real folders: exit codes, and what it writes or leaves alone.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("playbook-cli-").FullName;
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    private string Input => Path.Combine(_root, "input");
    private string Output => Path.Combine(_root, "output");
    private static string Theme => Path.Combine(TestSite.RepoRoot, "theme");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task A_failed_build_leaves_the_previous_output_byte_identical()
    {
        // Given a site built once
        WriteSite(TestSite.Minimal(("articles/a.md", "---\ntitle: A\nstages: [tactical]\n---\nBody.\n")));
        Assert.Equal(CommandLine.Ok, await Run("build", "--input", Input, "--output", Output, "--theme", Theme));
        var before = Snapshot(Output);
        Assert.NotEmpty(before);

        // When a page is broken and the site is built again
        File.WriteAllText(Path.Combine(Input, "articles/a.md"), "---\ntitle: A\nstages: [strategc]\n---\nBody.\n");
        var exit = await Run("build", "--input", Input, "--output", Output, "--theme", Theme);

        // Then the build fails with the diagnostic, and output/ is exactly what it was
        Assert.Equal(CommandLine.ContentErrors, exit);
        Assert.Contains("articles/a.md(3,10): error PB0103: unknown stage 'strategc'; did you mean 'strategic'?", _stderr.ToString());
        Assert.Equal(before, Snapshot(Output));
        Assert.Equal(["input", "output"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Timings_list_every_step_with_wall_time_processor_time_and_allocations()
    {
        // Given a valid site
        WriteSite(TestSite.Minimal(("articles/a.md", "---\ntitle: A\nstages: [tactical]\n---\nBody.\n")));

        // When it is built with --timings
        Assert.Equal(CommandLine.Ok, await Run("build", "--input", Input, "--output", Output, "--theme", Theme, "--timings"));

        // Then each pipeline step and the write have a line with the three figures, and the GC has its own
        var lines = _stdout.ToString().Split('\n').Select(l => l.Trim()).ToList();
        var step = new System.Text.RegularExpressions.Regex(@"^(\w+) +(\w+) +[\d.]+ ms +\d+ ms CPU +[\d.]+ MB allocated$");
        var steps = lines.Select(l => step.Match(l)).Where(m => m.Success).Select(m => m.Groups[2].Value).ToList();
        Assert.Equal(Playbook.Pipelines.Default().SelectMany(p => p.Modules).Select(m => m.GetType().Name).Append("SiteWriter"), steps);
        Assert.Contains(lines, l => l.StartsWith("GC: ", StringComparison.Ordinal) && l.Contains("paused", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_writes_nothing_and_exits_as_build_would()
    {
        // Given a valid site and a broken one
        WriteSite(TestSite.Minimal());

        // When both are checked
        var good = await Run("check", "--input", Input, "--output", Output, "--theme", Theme);
        File.WriteAllText(Path.Combine(Input, "bad.md"), "---\ntitle: [\n---\nBody.\n");
        var bad = await Run("check", "--input", Input, "--output", Output, "--theme", Theme);

        // Then the exit codes are those of a build, and no output folder appears
        Assert.Equal((CommandLine.Ok, CommandLine.ContentErrors), (good, bad));
        Assert.Contains("bad.md(2,9): error PB0101: YAML syntax error", _stderr.ToString());
        Assert.Equal(["input"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Build_writes_the_Admin_editor_unless_told_no_admin()
    {
        // Given a site, when it is built as it is and with --no-admin
        WriteSite(TestSite.Minimal());
        Assert.Equal(CommandLine.Ok, await Run("build", "--input", Input, "--output", Output, "--theme", Theme));
        var with = Directory.Exists(Path.Combine(Output, "admin")) ? Directory.GetFiles(Path.Combine(Output, "admin")).Select(Path.GetFileName).Order().ToList() : [];
        Assert.Equal(CommandLine.Ok, await Run("build", "--no-admin", "--input", Input, "--output", Output, "--theme", Theme));

        // Then the first has the editor's three files and the second none
        Assert.Equal(["config.yml", "index.html", "preview.js"], with);
        Assert.False(Directory.Exists(Path.Combine(Output, "admin")));
    }

    [Theory]
    [InlineData("publish")]
    [InlineData("build", "--colour")]
    [InlineData("build", "--audience", "staff")]
    [InlineData("build", "stray-argument")]
    [InlineData("build", "--input")]
    [InlineData("check", "--input", "no-such-folder")]
    [InlineData("new", "article")]
    public async Task Usage_errors_exit_with_2_and_say_what_was_wrong(params string[] args)
    {
        // Given a valid site, when the command line itself is wrong
        WriteSite(TestSite.Minimal());
        var exit = await Run(args.Select(a => a == "no-such-folder" ? Path.Combine(_root, a) : a).ToArray());

        // Then it exits with 2, writes a one-line reason and no output
        Assert.Equal(CommandLine.UsageError, exit);
        Assert.StartsWith("playbook: ", _stderr.ToString());
        Assert.DoesNotContain("   at ", _stderr.ToString());
        Assert.False(Directory.Exists(Output));
    }

    [Theory]
    [InlineData("article", "Client kick-off meeting", "articles/client-kick-off-meeting.md")]
    [InlineData("checklist", "Before the \"first\" post", "checklists/before-the-first-post.md")]
    [InlineData("guide", "Who runs the accounts?", "guides/who-runs-the-accounts.md")]
    [InlineData("page", "Contact", "contact.md")]
    public async Task New_writes_a_page_that_builds_cleanly_under_strict(string kind, string title, string path)
    {
        // Given the default playbook
        CopyFolder(Path.Combine(TestSite.RepoRoot, "input"), Input);

        // When a page is created and the playbook built with --strict
        Assert.Equal(CommandLine.Ok, await Run("new", kind, title, "--input", Input));
        var exit = await Run("build", "--strict", "--input", Input, "--output", Output, "--theme", Theme);

        // Then the page is in its kind's folder and the build has no warning and no error
        Assert.True(File.Exists(Path.Combine(Input, path)), _stdout.ToString());
        Assert.True(exit == CommandLine.Ok, _stderr.ToString());
        Assert.Contains("0 warnings, 0 errors", _stdout.ToString());
    }

    [Fact]
    public async Task New_refuses_to_overwrite_a_page()
    {
        // Given a page made by new and then edited
        WriteSite(TestSite.Minimal());
        Assert.Equal(CommandLine.Ok, await Run("new", "article", "Pricing", "--input", Input));
        var file = Path.Combine(Input, "articles/pricing.md");
        File.WriteAllText(file, "edited");

        // When the same page is created again
        var exit = await Run("new", "article", "Pricing", "--input", Input);

        // Then it fails and the edited page is untouched
        Assert.Equal(CommandLine.ContentErrors, exit);
        Assert.Contains("already exists", _stderr.ToString());
        Assert.Equal("edited", File.ReadAllText(file));
    }

    [Fact]
    public async Task New_refuses_an_id_another_folder_already_uses()
    {
        // Given a stage page with the id 'tactical', when an article titled "Tactical" is created
        WriteSite(TestSite.Minimal());
        var exit = await Run("new", "article", "Tactical", "--input", Input);

        // Then it fails before writing, since two pages may not share an id
        Assert.Equal(CommandLine.ContentErrors, exit);
        Assert.Contains("stages/tactical.md already has the id 'tactical'", _stderr.ToString());
        Assert.False(File.Exists(Path.Combine(Input, "articles/tactical.md")));
    }

    [Theory]
    [InlineData("artcle", "did you mean 'article'?")]
    [InlineData("stage", "one per stage of playbook.yml")]
    public async Task New_with_an_unknown_kind_is_a_usage_error(string kind, string hint)
    {
        // Given a site, when new is asked for a kind it cannot make
        WriteSite(TestSite.Minimal());
        var exit = await Run("new", kind, "Some title", "--input", Input);

        // Then it is a usage error that says what to do instead
        Assert.Equal(CommandLine.UsageError, exit);
        Assert.Contains(hint, _stderr.ToString());
    }

    private Task<int> Run(params string[] args) => CommandLine.RunAsync(args, _stdout, _stderr);

    private void WriteSite(Dictionary<string, string> files)
    {
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(Input, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToBase64String(File.ReadAllBytes(f))), StringComparer.Ordinal);
}
