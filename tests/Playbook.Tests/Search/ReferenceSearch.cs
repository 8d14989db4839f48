using System.Text.Json;
using Playbook.Pipeline;
using Playbook.Search;

namespace Playbook.Tests.Search;

/// <summary>
/// The files a build wrote under /search/, read back as the browser reads them: the round trip of
/// the index encoding. Ranking is search.js's alone; tests run it through <see cref="NodeSearch"/>.
/// </summary>
public sealed class ReferenceSearch
{
    private readonly Dictionary<string, byte[]> _files;

    public JsonElement Manifest { get; }

    private ReferenceSearch(Dictionary<string, byte[]> files)
    {
        _files = files;
        Manifest = Json("manifest.json");
    }

    public static ReferenceSearch From(BuildResult result) =>
        new(result.Files.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal) && f.Path.EndsWith(".json", StringComparison.Ordinal))
            .ToDictionary(f => f.Path["search/".Length..], f => f.Bytes));

    public JsonElement Json(string path) =>
        JsonDocument.Parse(_files.TryGetValue(path, out var bytes) ? bytes : throw new Xunit.Sdk.XunitException($"no index file search/{path}")).RootElement;

    public JsonElement Document(int n)
    {
        var perFile = Manifest.GetProperty("docsPerFile").GetInt32();
        return Json($"{Manifest.GetProperty("docs").GetString()}{n / perFile}.json")[n % perFile];
    }

    /// <summary>Every term of every shard, decoded: the index as the browser sees it.</summary>
    public IEnumerable<IndexTerm> Terms() =>
        Manifest.GetProperty("shards").EnumerateObject().SelectMany(s => Json($"shards/{s.Value.GetString()}.json").EnumerateArray())
            .Select(t => new IndexTerm(t[0].GetString()!, Decode(t[1].GetString()!)));

    public static List<Posting> Decode(string postings)
    {
        var list = new List<Posting>();
        for (int i = 0, doc = 0; i < postings.Length;)
        {
            int gap = 0, d;
            do { d = Digits.Value(postings[i++]); gap = gap * 32 + (d & 31); } while ((d & 32) != 0);
            doc += gap;
            list.Add(new Posting(doc, Digits.Value(postings[i++])));
        }
        return list;
    }
}
