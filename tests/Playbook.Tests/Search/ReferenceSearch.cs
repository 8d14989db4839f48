using System.Text.Json;
using Playbook.Pipeline;
using Playbook.Search;

namespace Playbook.Tests.Search;

/// <summary>
/// The query side of search.js, in C#, reading the files a build wrote under /search/. Ranking
/// tests run it over the default playbook; browser tests check that search.js agrees with it.
/// Reading the files back is also the round trip of the index encoding.
/// </summary>
public sealed class ReferenceSearch
{
    public sealed record Hit(int Document, string Url, double Score);

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

    public IReadOnlyList<Hit> Search(string query)
    {
        var stop = Manifest.GetProperty("stop").EnumerateArray().Select(s => s.GetString()!).ToHashSet();
        var shards = Manifest.GetProperty("shards");
        var all = SearchText.Words(query);
        var kept = all.Where(w => !stop.Contains(w)).ToList();
        var queries = (kept.Count > 0 ? kept : all.TakeLast(1)).Select(w => (W: w, Q: Stemmer.Stem(w))).DistinctBy(x => x.Q).ToList();
        var documents = Manifest.GetProperty("documents").GetInt32();
        var scores = new Dictionary<int, double>();
        var hits = new Dictionary<int, int>();
        foreach (var (w, q) in queries)
        {
            var best = new Dictionary<int, double>();
            var needed = shards.EnumerateObject().Where(k => k.Name.StartsWith(q, StringComparison.Ordinal) || q.StartsWith(k.Name, StringComparison.Ordinal));
            foreach (var term in needed.SelectMany(k => Json($"shards/{k.Value.GetString()}.json").EnumerateArray()))
            {
                var f = Factor(w, q, term[0].GetString()!);
                if (f == 0) continue;
                foreach (var p in Decode(term[1].GetString()!))
                    if (p.Weight * f > best.GetValueOrDefault(p.Document)) best[p.Document] = p.Weight * f;
            }
            var idf = Math.Log(1 + (documents - best.Count + 0.5) / (best.Count + 0.5));
            foreach (var (doc, weight) in best)
            {
                var s = idf * weight / 63;
                scores[doc] = scores.GetValueOrDefault(doc) + s;
                hits[doc] = hits.GetValueOrDefault(doc) + 1;
            }
        }
        return scores.Select(x => (Doc: x.Key, Score: x.Value * Math.Pow((double)hits[x.Key] / queries.Count, 2)))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Doc)
            .Select(x => new Hit(x.Doc, Document(x.Doc).GetProperty("url").GetString()!, x.Score)).ToList();
    }

    public static double Factor(string word, string query, string term)
    {
        if (term == query) return 1;
        if (term.StartsWith(query, StringComparison.Ordinal)) return 0.7;
        if (word.Length < 5) return 0;
        if (OneEdit(query, term)) return 0.4;
        return term.Length > query.Length && new[] { query.Length - 1, query.Length, query.Length + 1 }.Any(n => OneEdit(query, term[..n])) ? 0.3 : 0;
    }

    public static bool OneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length)
            return From(a, i + 1) == From(b, i + 1) || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && From(a, i + 2) == From(b, i + 2));
        return a.Length > b.Length ? From(a, i + 1) == From(b, i) : From(a, i) == From(b, i + 1);
    }

    private static string From(string s, int i) => i >= s.Length ? "" : s[i..];
}
