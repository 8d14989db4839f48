using Playbook.Tests.Support;

namespace Playbook.Tests.Preview;

/// <summary>A small site written to a temp folder, for what needs real files: the watcher and the server.</summary>
public sealed class TempSite : IDisposable
{
    public TempSite(Dictionary<string, string> files)
    {
        Root = Directory.CreateTempSubdirectory("playbook-preview-").FullName;
        Input = Path.Combine(Root, "input");
        foreach (var (path, text) in files) Write(path, text);
    }

    public string Root { get; }

    public string Input { get; }

    /// <summary>The repository's theme, read in place: tests only ever change the input.</summary>
    public static string Theme => Path.Combine(TestSite.RepoRoot, "theme");

    public void Write(string path, string text)
    {
        var full = Path.Combine(Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
