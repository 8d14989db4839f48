using System.Diagnostics;
using System.Text.Json;
using Playbook.Pipeline;
using Playbook.Tests.Support;

namespace Playbook.Tests.Search;

/// <summary>
/// The browser's ranking, run: theme/assets/js/search.js under node (run-search.js) over the files
/// a build wrote under /search/, as the header box shows them (six results).
/// </summary>
public sealed class NodeSearch : IDisposable
{
    public sealed record Result(string Url, string Title, IReadOnlyList<string> Anchors);

    public sealed record Answer(string Query, IReadOnlyList<Result> Results, int Files, int Bytes, int Gzip);

    private readonly string _site = Directory.CreateTempSubdirectory("playbook-search-").FullName;

    public NodeSearch(BuildResult result)
    {
        foreach (var file in result.Files.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal)))
        {
            var path = Path.Combine(_site, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }
    }

    public IReadOnlyList<Result> Search(string query) => Search([query])[0].Results;

    /// <summary>All queries in one node process: each still starts with nothing fetched.</summary>
    public IReadOnlyList<Answer> Search(IReadOnlyList<string> queries)
    {
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { Path.Combine(TestSite.RepoRoot, "tests/Playbook.Tests/Search/run-search.js"), _site, Path.Combine(TestSite.RepoRoot, "theme/assets/js/search.js") },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        node.StandardInput.Write(JsonSerializer.Serialize(queries));
        node.StandardInput.Close();
        var error = node.StandardError.ReadToEndAsync();
        var output = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        if (node.ExitCode != 0) throw new InvalidOperationException("run-search.js failed: " + error.Result);
        return JsonSerializer.Deserialize<List<Answer>>(output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    public void Dispose() => Directory.Delete(_site, recursive: true);
}
