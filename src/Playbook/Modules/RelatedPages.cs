using Playbook.Model;
using Playbook.Pipeline;

namespace Playbook.Modules;

/// <summary>
/// The "related" list of every page without comparing every page with every other. A candidate's
/// score against a page depends only on its set of stages and set of tags, so candidates are
/// grouped by that signature, each group keeping only its best few by title; pages that share a
/// signature get the same list, so it is computed once per signature. Scores are summed through
/// an index from each stage and tag to the groups that have it, so a signature meets only the
/// groups it shares something with.
/// </summary>
public sealed class RelatedPages
{
    /// <summary>Sharing a stage scores 2, sharing a tag 1.</summary>
    public const int StageScore = 2, TagScore = 1;

    private sealed record Signature(string[] Stages, string[] Tags)
    {
        public string Key { get; } = string.Join('\u0001', Stages) + '\u0002' + string.Join('\u0001', Tags);

        public static Signature Of(Page page) => new(
            page.FrontMatter.Stages.Distinct().Order(StringComparer.Ordinal).ToArray(),
            page.FrontMatter.Tags.Distinct().Order(StringComparer.Ordinal).ToArray());
    }

    private sealed record Candidate(int Rank, Page Page);

    private readonly int _max;
    private readonly Dictionary<string, List<Candidate>> _bestBySignature = new(StringComparer.Ordinal);

    /// <param name="content">Every content page, in input order; stage pages get a list but are never in one.</param>
    public RelatedPages(IReadOnlyList<Page> content, int max)
    {
        _max = max;
        // Ties are broken by title, then by input order, as a stable sort by title gives them.
        var ranked = content.Where(p => p.Kind != Kinds.Stage)
            .OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
            .Select((p, rank) => new Candidate(rank, p));
        // One more than needed per group, in case the page asking is one of them.
        var groups = ranked.GroupBy(c => Signature.Of(c.Page).Key)
            .Select(g => (Signature: Signature.Of(g.First().Page), Best: g.Take(max + 1).ToArray()))
            .ToArray();
        var byStage = Index(groups.Select(g => g.Signature.Stages).ToArray());
        var byTag = Index(groups.Select(g => g.Signature.Tags).ToArray());

        var queries = content.Select(Signature.Of).DistinctBy(s => s.Key).ToList();
        var lists = new List<Candidate>[queries.Count];
        Parallel.For(0, queries.Count, () => new int[groups.Length], (i, _, scores) =>
        {
            var touched = new List<int>();
            Add(queries[i].Stages, byStage, StageScore, scores, touched);
            Add(queries[i].Tags, byTag, TagScore, scores, touched);
            var best = new List<(int Score, Candidate Candidate)>(max + 2);
            foreach (var g in touched)
            {
                foreach (var candidate in groups[g].Best)
                    if (!Insert(best, (scores[g], candidate), max + 1)) break;
                scores[g] = 0;
            }
            lists[i] = best.Select(x => x.Candidate).ToList();
            return scores;
        }, _ => { });
        for (var i = 0; i < queries.Count; i++) _bestBySignature[queries[i].Key] = lists[i];
    }

    public IEnumerable<Page> For(Page page) =>
        _bestBySignature[Signature.Of(page).Key].Where(c => c.Page.Id != page.Id).Take(_max).Select(c => c.Page);

    private static Dictionary<string, List<int>> Index(string[][] keysOfGroup)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var g = 0; g < keysOfGroup.Length; g++)
            foreach (var key in keysOfGroup[g])
            {
                if (!index.TryGetValue(key, out var groups)) index[key] = groups = [];
                groups.Add(g);
            }
        return index;
    }

    private static void Add(string[] keys, Dictionary<string, List<int>> index, int score, int[] scores, List<int> touched)
    {
        foreach (var key in keys)
            if (index.TryGetValue(key, out var groups))
                foreach (var g in groups)
                {
                    if (scores[g] == 0) touched.Add(g);
                    scores[g] += score;
                }
    }

    /// <summary>
    /// Keeps <paramref name="best"/> as the top <paramref name="size"/> by score, then rank. Returns
    /// false when the candidate did not make it, so the caller skips the rest of its group, which
    /// shares its score and ranks below it.
    /// </summary>
    private static bool Insert(List<(int Score, Candidate Candidate)> best, (int Score, Candidate Candidate) item, int size)
    {
        var at = best.Count;
        while (at > 0 && Before(item, best[at - 1])) at--;
        if (at >= size) return false;
        best.Insert(at, item);
        if (best.Count > size) best.RemoveAt(size);
        return true;
    }

    private static bool Before((int Score, Candidate Candidate) a, (int Score, Candidate Candidate) b) =>
        a.Score != b.Score ? a.Score > b.Score : a.Candidate.Rank < b.Candidate.Rank;
}
