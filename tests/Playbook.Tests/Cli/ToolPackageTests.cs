using System.Diagnostics;
using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

/// <summary>The CLI as a .NET tool: packed, installed into a clean folder, and used there as a new author would.</summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("playbook-tool-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task The_packed_tool_installs_and_starts_and_builds_a_playbook_in_a_clean_folder()
    {
        // Given the CLI packed as a tool
        var feed = Path.Combine(_root, "feed");
        // From the build the test run made, in its configuration (pack defaults to Release, the test
        // run is usually Debug): packing must not rebuild the binaries other tests are running.
        var configuration = Path.GetFileName(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)))!;
        await Run("dotnet", ["pack", Path.Combine(TestSite.RepoRoot, "src/Playbook.Cli"), "--no-build", "-c", configuration, "-nologo", "-v", "q", "-o", feed], _root);

        // When it is installed into a folder of its own (with a packages folder of its own, so no
        // earlier package of the same version is taken from the cache) and run in an empty folder
        var tools = Path.Combine(_root, "tools");
        await Run("dotnet", ["tool", "install", "--tool-path", tools, "--add-source", feed, "Playbook.Cli"], _root,
            ("NUGET_PACKAGES", Path.Combine(_root, "packages")));
        var playbook = Path.Combine(tools, "playbook");
        var folder = Directory.CreateDirectory(Path.Combine(_root, "my-playbook")).FullName;
        await Run(playbook, ["init"], folder);
        var built = await Run(playbook, ["build", "--strict"], folder);

        // Then the new playbook is built from the built-in theme
        Assert.Contains("0 warnings, 0 errors", built);
        Assert.True(File.Exists(Path.Combine(folder, "output/index.html")));
        Assert.False(Directory.Exists(Path.Combine(folder, "theme")));
    }

    private static async Task<string> Run(string file, string[] args, string folder, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} exited with {process.ExitCode}:\n{await stdout}\n{await stderr}");
        return await stdout;
    }
}
