using Playbook.Cli;
using Playbook.Files;
using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

/// <summary><c>playbook init</c> and <c>playbook theme eject</c> on real folders.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("playbook-init-").FullName;
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Folder => Path.Combine(_root, "playbook");

    [Fact]
    public async Task A_new_playbook_builds_with_strict_at_once_and_has_no_theme_folder()
    {
        // Given an empty folder
        // When a playbook is started there and built
        Assert.Equal(CommandLine.Ok, await Run("init", Folder));
        var exit = await Run("build", "--strict", "--input", Path.Combine(Folder, "input"), "--output", Path.Combine(Folder, "output"));

        // Then it builds with no warning, from the built-in theme, with a page of each kind
        Assert.True(exit == CommandLine.Ok, _stdout + "\n" + _stderr);
        Assert.Contains("0 warnings, 0 errors", _stdout.ToString());
        Assert.False(Directory.Exists(Path.Combine(Folder, "theme")));
        foreach (var file in new[] { "netlify.toml", ".gitignore", "README.md", "input/playbook.yml" })
            Assert.True(File.Exists(Path.Combine(Folder, file)), file);
        foreach (var page in new[] { "articles/plan-first", "checklists/kick-off", "guides/which-stage", "stages/starting" })
            Assert.True(File.Exists(Path.Combine(Folder, "output", page, "index.html")), page);
    }

    [Fact]
    public async Task Init_refuses_a_folder_that_is_not_empty()
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, "notes.txt"), "mine");

        var exit = await Run("init", Folder);

        Assert.Equal(CommandLine.UsageError, exit);
        Assert.Contains("is not empty; run 'playbook init <new folder>' or empty it first", _stderr.ToString());
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(Folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task An_own_layout_beside_the_input_overrides_only_that_layout()
    {
        // Given a new playbook with its own article layout in theme/ beside input/
        Assert.Equal(CommandLine.Ok, await Run("init", Folder));
        Directory.CreateDirectory(Path.Combine(Folder, "theme/layouts"));
        File.WriteAllText(Path.Combine(Folder, "theme/layouts/article.liquid"), "<p>Own: {{ page.title }}</p>");

        // When it is built
        Assert.Equal(CommandLine.Ok, await Run("build", "--input", Path.Combine(Folder, "input"), "--output", Path.Combine(Folder, "output")));

        // Then the article uses it and a checklist still uses the built-in layout
        var article = File.ReadAllText(Path.Combine(Folder, "output/articles/plan-first/index.html"));
        Assert.Contains("<p>Own: Why a plan comes first</p>", article);
        Assert.DoesNotContain("page-article", article);
        Assert.Contains("page-checklist", File.ReadAllText(Path.Combine(Folder, "output/checklists/kick-off/index.html")));
    }

    [Fact]
    public async Task Eject_copies_the_built_in_theme_and_then_refuses_to_overwrite_it()
    {
        // Given a new playbook
        Assert.Equal(CommandLine.Ok, await Run("init", Folder));
        var input = Path.Combine(Folder, "input");

        // When the theme is ejected, twice
        var first = await Run("theme", "eject", "--input", input);
        var second = await Run("theme", "eject", "--input", input);

        // Then the first copies every file beside the input, and the second changes nothing
        Assert.Equal(CommandLine.Ok, first);
        var theme = new Playbook.Files.DiskFileSet(Path.Combine(Folder, "theme"));
        Assert.Equal(TestSite.Theme.Paths, theme.Paths);
        Assert.Equal(CommandLine.UsageError, second);
        Assert.Contains("are already in", _stderr.ToString());
    }

    private Task<int> Run(params string[] args) => CommandLine.RunAsync(args, _stdout, _stderr);
}
