using Playbook.Model;
using Playbook.Pipeline;

namespace Playbook.Modules;

/// <summary>
/// The "related" list of every page without comparing every page with every other. A candidate's
/// score against a page depends only on its set of stages and set of tags, so candidates are
/// grouped by that signature, each group keeping only its best few by title; and pages that share
/// a signature get the same list, so it is computed once per signature.
/// </summary>
public sealed class RelatedPages
{
    private sealed record Signature(string[] Stages, string[] Tags)
    {
        public string Key { get; } = string.Join('\u0001', Stages) + '\u0002' + string.Join('\u0001', Tags);

        public static Signature Of(Page page) => new(
            page.FrontMatter.Stages.Distinct().Order(StringComparer.Ordinal).ToArray(),
            page.FrontMatter.Tags.Distinct().Order(StringComparer.Ordinal).ToArray());

        /// <summary>Sharing a stage scores 2, sharing a tag 1.</summary>
        public int Score(Signature other) =>
            2 * Stages.Count(other.Stages.Contains) + Tags.Count(other.Tags.Contains);
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
            .Select(g => (Signature: Signature.Of(g.First().Page), Best: g.Take(max + 1).ToList()))
            .ToList();

        var queries = content.Select(Signature.Of).DistinctBy(s => s.Key).ToList();
        var lists = new List<Candidate>[queries.Count];
        Parallel.For(0, queries.Count, i =>
            lists[i] = groups.Select(g => (g.Best, Score: g.Signature.Score(queries[i])))
                .Where(x => x.Score > 0)
                .SelectMany(x => x.Best.Select(c => (Candidate: c, x.Score)))
                .OrderByDescending(x => x.Score)
                .ThenBy(x => x.Candidate.Rank)
                .Take(max + 1)
                .Select(x => x.Candidate)
                .ToList());
        for (var i = 0; i < queries.Count; i++) _bestBySignature[queries[i].Key] = lists[i];
    }

    public IEnumerable<Page> For(Page page) =>
        _bestBySignature[Signature.Of(page).Key].Where(c => c.Page.Id != page.Id).Take(_max).Select(c => c.Page);
}
