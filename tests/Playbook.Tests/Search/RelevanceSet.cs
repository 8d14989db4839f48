using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Playbook.Tests.Search;

/// <summary>
/// The relevance set (relevance.json): queries as consultants type them, each with the pages, or
/// page#anchor parts, that answer it; and how a ranking scores on it. Shared by the relevance test
/// (search.js under node) and the comparison with Pagefind (browser tests), so both are scored alike.
/// </summary>
public sealed class RelevanceSet
{
    public const int Shown = 6;
    public const int Top = 3;

    public sealed record Judged(string Query, IReadOnlyList<string> Expect, string Why);

    /// <summary>One ranked result: its page's URL path and the anchors of the parts listed under it.</summary>
    public sealed record Ranked(string Url, IReadOnlyList<string> Anchors);

    public sealed record Score(double Mrr, double TopHitRate, IReadOnlyList<(Judged Query, int Rank, IReadOnlyList<Ranked> Results)> Queries)
    {
        public IEnumerable<(Judged Query, int Rank, IReadOnlyList<Ranked> Results)> Misses => Queries.Where(q => q.Rank is 0 or > Top);

        public string Summary(string engine) => string.Create(CultureInfo.InvariantCulture,
            $"{engine}: top-{Top} hit rate {TopHitRate:P1} ({Queries.Count(q => q.Rank is > 0 and <= Top)}/{Queries.Count}), MRR@{Shown} {Mrr:0.000}");

        /// <summary>Each query not answered in the first three, with what came instead: what the lead reads to re-judge the set.</summary>
        public string Report()
        {
            var sb = new StringBuilder();
            foreach (var (query, rank, results) in Misses)
            {
                sb.Append(CultureInfo.InvariantCulture, $"- \"{query.Query}\" expected {string.Join(" or ", query.Expect)}; rank {(rank == 0 ? "none" : rank)}\n");
                for (var i = 0; i < results.Count; i++)
                    sb.Append(CultureInfo.InvariantCulture, $"    {i + 1}. {results[i].Url}{(results[i].Anchors.Count > 0 ? "  [" + string.Join(", ", results[i].Anchors) + "]" : "")}\n");
            }
            return sb.ToString();
        }
    }

    public IReadOnlyList<Judged> Queries { get; }

    private RelevanceSet(IReadOnlyList<Judged> queries) => Queries = queries;

    public static RelevanceSet Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return new RelevanceSet(json.RootElement.GetProperty("queries").EnumerateArray().Select(q => new Judged(
            q.GetProperty("query").GetString()!,
            q.GetProperty("expect").EnumerateArray().Select(e => e.GetString()!).ToList(),
            q.GetProperty("why").GetString()!)).ToList());
    }

    /// <summary>Every page and anchor the set expects, as (URL path, anchor or "").</summary>
    public IEnumerable<(string Url, string Anchor)> Expected() => Queries.SelectMany(q => q.Expect).Distinct().Select(Split);

    public Score Evaluate(Func<string, IReadOnlyList<Ranked>> rank) => Evaluate(Queries.Select(q => rank(q.Query)).ToList());

    /// <param name="results">Each query's ranked results, in the set's order.</param>
    public Score Evaluate(IReadOnlyList<IReadOnlyList<Ranked>> results)
    {
        var scored = Queries.Select((q, n) =>
        {
            var shown = results[n].Take(Shown).ToList();
            var at = shown.FindIndex(r => q.Expect.Select(Split).Any(e => e.Url == r.Url && (e.Anchor.Length == 0 || r.Anchors.Contains(e.Anchor))));
            return (q, at + 1, (IReadOnlyList<Ranked>)shown);
        }).ToList();
        return new Score(
            scored.Average(s => s.Item2 == 0 ? 0 : 1.0 / s.Item2),
            scored.Count(s => s.Item2 is > 0 and <= Top) / (double)scored.Count,
            scored);
    }

    private static (string Url, string Anchor) Split(string expected)
    {
        var hash = expected.IndexOf('#');
        return hash < 0 ? (expected, "") : (expected[..hash], expected[(hash + 1)..]);
    }
}
