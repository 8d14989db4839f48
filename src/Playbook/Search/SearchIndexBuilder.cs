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
        var weights = new int[ordered.Count][];
        Parallel.For(0, ordered.Count, new ParallelOptions { CancellationToken = cancel }, i => weights[i] = Weights(terms[i], averageLength));

        // Each term's postings go into an array of its exact size, in page order: the pages holding
        // each term are counted first. Lists grown one posting at a time, then copied by a parallel
        // query, took 13 of the 20 ms this method took on the default playbook (70 pages).
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in terms)
            foreach (var (term, _) in page.Counts)
                CollectionsMarshal.GetValueRefOrAddDefault(slots, term, out _)++;
        var names = slots.Keys.ToArray();
        Array.Sort(names, StringComparer.Ordinal);
        var postings = new Posting[names.Length][];
        for (var t = 0; t < names.Length; t++)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrNullRef(slots, names[t]);
            postings[t] = new Posting[slot];
            slot = t;
        }
        var filled = new int[names.Length];
        for (var doc = 0; doc < ordered.Count; doc++)
        {
            var counts = terms[doc].Counts;
            for (var n = 0; n < counts.Length; n++)
            {
                var t = slots[counts[n].Key];
                postings[t][filled[t]++] = new Posting(doc, weights[doc][n]);
            }
        }
        cancel.ThrowIfCancellationRequested();
        var index = new IndexTerm[names.Length];
        for (var t = 0; t < names.Length; t++) index[t] = new IndexTerm(names[t], postings[t]);
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

    /// <summary>The page's weight for each of its terms, in the order of its counts.</summary>
    private static int[] Weights(TermCounts page, double averageLength)
    {
        var weights = new int[page.Counts.Length];
        for (var n = 0; n < weights.Length; n++)
        {
            var (term, weighted) = page.Counts[n];
            weights[n] = Quantise(weighted, page.TitleTerms.Contains(term), page.Length, averageLength);
        }
        return weights;
    }

    private static int Quantise(double weighted, bool inTitle, int length, double averageLength)
    {
        var saturated = weighted * (K1 + 1) / (weighted + K1 * (1 - B + B * length / averageLength));
        var score = saturated + (inTitle ? TitleBonus : 0);
        return Math.Clamp((int)Math.Round(score / (K1 + 1 + TitleBonus) * SearchIndex.MaxWeight), 1, SearchIndex.MaxWeight);
    }
}
