using Playbook.Cli;
using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

/// <summary><c>playbook import</c> on real folders: it writes input/, reports, and the result builds.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("playbook-import-").FullName;
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Hugo => Path.Combine(AppContext.BaseDirectory, "Import", "Sites", "hugo-blog");

    [Fact]
    public async Task An_imported_hugo_site_builds_with_strict_and_the_report_names_the_source_files()
    {
        var exit = await Run("import", "hugo", Hugo, "--output", _root, "--checklists");
        var build = await Run("build", "--strict", "--input", Path.Combine(_root, "input"), "--output", Path.Combine(_root, "output"));

        Assert.Equal(CommandLine.Ok, exit);
        Assert.Contains($"{Hugo}/content/posts/first-post.md(16,1): warning PB0503:", _stdout.ToString());
        Assert.True(build == CommandLine.Ok, _stdout + "\n" + _stderr);
        Assert.True(File.Exists(Path.Combine(_root, "output/checklists/launch/index.html")));
    }

    [Fact]
    public async Task Import_refuses_an_input_folder_that_holds_files()
    {
        Directory.CreateDirectory(Path.Combine(_root, "input"));
        File.WriteAllText(Path.Combine(_root, "input/playbook.yml"), "mine");

        var exit = await Run("import", "hugo", Hugo, "--output", _root);

        Assert.Equal(CommandLine.UsageError, exit);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(_root, "input/playbook.yml")));
    }

    private Task<int> Run(params string[] args) => CommandLine.RunAsync(args, _stdout, _stderr);
}
