using System.Runtime.InteropServices;

namespace Playbook.Search;

/// <summary>
/// Scores every term of every page once, at build time, so the browser only adds numbers up.
/// A page's weight for a term is BM25F: occurrences are counted per field with the field's
/// boost (headings above tags above description and checklist items' leads above body), then saturated, so a long page that
/// mentions a thing often does not bury the page about it. A word of the title adds a bonus as
/// large as a saturated body, on top: the page whose title names a thing is about it. Idf is left
/// to query time, so each weight fits one character.
/// </summary>
public static class SearchIndexBuilder
{
    public const double TitleBonus = 3, HeadingBoost = 4, TagBoost = 3, DescriptionBoost = 2, LeadBoost = 2, FacetBoost = 1, BodyBoost = 1;

    // BM25's usual b; a k1 above the usual 1.2 so that boosted fields keep more of their lead before saturating.
    private const double K1 = 2.0, B = 0.75;

    /// <summary>One page's terms: each with its boosted count, the terms of its title, and its length in words.</summary>
    public sealed record TermCounts(KeyValuePair<string, double>[] Counts, HashSet<string> TitleTerms, int Length);

    /// <param name="count">How a page's terms are counted: <see cref="Count"/>, or a memo of it (see <see cref="BuildSearchIndex.IMemo"/>).</param>
    /// <param name="cancel">Set when preview no longer needs the build.</param>
    public static SearchIndex Build(IReadOnlyList<SearchDocument> documents, IReadOnlyList<Facet> stages, Func<SearchDocument, TermCounts>? count = null,
        CancellationToken cancel = default)
    {
        var ordered = documents.OrderBy(d => d.Url, StringComparer.Ordinal).ToList();
        var kinds = ordered.Select(d => d.Kind).Distinct().Order(StringComparer.Ordinal)
            .Select(k => new Facet(k, char.ToUpperInvariant(k[0]) + k[1..])).ToList();
        count ??= doc => Count(doc, stages);

        var terms = new TermCounts[ordered.Count];
        Parallel.For(0, ordered.Count, new ParallelOptions { CancellationToken = cancel }, i => terms[i] = count(ordered[i]));
        var averageLength = Math.Max(1.0, terms.Average(t => t.Length));

        var postings = new Dictionary<string, List<(int Document, double Weighted)>>(StringComparer.Ordinal);
        for (var doc = 0; doc < ordered.Count; doc++)
            foreach (var (term, weighted) in terms[doc].Counts)
            {
                if (!postings.TryGetValue(term, out var list)) postings[term] = list = [];
                list.Add((doc, weighted));
            }

        cancel.ThrowIfCancellationRequested();
        var index = postings.OrderBy(entry => entry.Key, StringComparer.Ordinal).AsParallel().AsOrdered().WithCancellation(cancel).Select(entry => new IndexTerm(entry.Key, entry.Value
            .Select(p => new Posting(p.Document, Quantise(p.Weighted, terms[p.Document].TitleTerms.Contains(entry.Key), terms[p.Document].Length, averageLength)))
            .ToList())).ToList();
        return new SearchIndex(ordered, index, stages, kinds);
    }

    /// <summary>Counts one page's terms. It depends on the page and the stages' titles only, so preview can keep it for an unchanged page.</summary>
    public static TermCounts Count(SearchDocument doc, IReadOnlyList<Facet> stages)
    {
        // Counted in the thread's own table, kept from page to page, and handed on as an array of
        // exactly the page's terms: a new table per page, grown step by step, was a third of what
        // the index allocated.
        var counts = t_counts ?? new Dictionary<string, double>(StringComparer.Ordinal);
        t_counts = null;
        counts.Clear();
        var length = 0;
        void Add(string text, double boost, bool countsLength = false) => SearchText.EachTerm(text, term =>
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, term, out _) += boost;
            if (countsLength) length++;
        });

        Add(doc.Description, DescriptionBoost, true);
        foreach (var tag in doc.Tags) Add(tag, TagBoost);
        foreach (var stage in doc.Stages) Add(stages.FirstOrDefault(s => s.Id == stage)?.Title ?? stage, FacetBoost);
        Add(doc.Kind, FacetBoost);
        foreach (var section in doc.Sections)
        {
            // A checklist item's lead names one task of many; a heading names what a whole section is about.
            Add(section.Heading, section.IsItem ? LeadBoost : HeadingBoost);
            Add(section.Text, BodyBoost, true);
        }
        var title = SearchText.Terms(doc.Title).ToHashSet(StringComparer.Ordinal);
        foreach (var term in title) counts.TryAdd(term, 0);
        var result = new TermCounts([.. counts], title, length);
        t_counts = counts;
        return result;
    }

    [ThreadStatic] private static Dictionary<string, double>? t_counts;

    private static int Quantise(double weighted, bool inTitle, int length, double averageLength)
    {
        var saturated = weighted * (K1 + 1) / (weighted + K1 * (1 - B + B * length / averageLength));
        var score = saturated + (inTitle ? TitleBonus : 0);
        return Math.Clamp((int)Math.Round(score / (K1 + 1 + TitleBonus) * SearchIndex.MaxWeight), 1, SearchIndex.MaxWeight);
    }
}
