using System.Runtime.InteropServices;

namespace Playbook.Search;

/// <summary>
/// Scores every term of every page once, at build time, so the browser only adds numbers up.
/// A page's weight for a term is BM25F: occurrences are counted per field with the field's
/// boost (headings above tags above description and body), then saturated, so a long page that
/// mentions a thing often does not bury the page about it. A word of the title adds a bonus as
/// large as a saturated body, on top: the page whose title names a thing is about it. Idf is left
/// to query time, so each weight fits one character.
/// </summary>
public static class SearchIndexBuilder
{
    public const double TitleBonus = 3, HeadingBoost = 4, TagBoost = 3, DescriptionBoost = 2, FacetBoost = 1, BodyBoost = 1;

    // BM25's usual b; a k1 above the usual 1.2 so that boosted fields keep more of their lead before saturating.
    private const double K1 = 2.0, B = 0.75;

    public static SearchIndex Build(IReadOnlyList<SearchDocument> documents, IReadOnlyList<Facet> stages)
    {
        var ordered = documents.OrderBy(d => d.Url, StringComparer.Ordinal).ToList();
        var kinds = ordered.Select(d => d.Kind).Distinct().Order(StringComparer.Ordinal)
            .Select(k => new Facet(k, char.ToUpperInvariant(k[0]) + k[1..])).ToList();
        var stageTitles = stages.ToDictionary(s => s.Id, s => s.Title);

        var counts = new Dictionary<string, double>[ordered.Count];
        var titles = new HashSet<string>[ordered.Count];
        var lengths = new int[ordered.Count];
        Parallel.For(0, ordered.Count, i =>
        {
            titles[i] = SearchText.Terms(ordered[i].Title).ToHashSet(StringComparer.Ordinal);
            (counts[i], lengths[i]) = Count(ordered[i], stageTitles);
            foreach (var term in titles[i]) counts[i].TryAdd(term, 0);
        });
        var averageLength = Math.Max(1.0, lengths.Average());

        var postings = new Dictionary<string, List<(int Document, double Weighted)>>(StringComparer.Ordinal);
        for (var doc = 0; doc < ordered.Count; doc++)
            foreach (var (term, weighted) in counts[doc])
            {
                if (!postings.TryGetValue(term, out var list)) postings[term] = list = [];
                list.Add((doc, weighted));
            }

        var terms = postings.OrderBy(entry => entry.Key, StringComparer.Ordinal).AsParallel().AsOrdered().Select(entry => new IndexTerm(entry.Key, entry.Value
            .Select(p => new Posting(p.Document, Quantise(p.Weighted, titles[p.Document].Contains(entry.Key), lengths[p.Document], averageLength)))
            .ToList())).ToList();
        return new SearchIndex(ordered, terms, stages, kinds);
    }

    private static (Dictionary<string, double> Counts, int Length) Count(SearchDocument doc, Dictionary<string, string> stageTitles)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        var length = 0;
        void Add(string text, double boost, bool countsLength = false) => SearchText.EachTerm(text, term =>
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, term, out _) += boost;
            if (countsLength) length++;
        });

        Add(doc.Description, DescriptionBoost, true);
        foreach (var tag in doc.Tags) Add(tag, TagBoost);
        foreach (var stage in doc.Stages) Add(stageTitles.GetValueOrDefault(stage, stage), FacetBoost);
        Add(doc.Kind, FacetBoost);
        foreach (var section in doc.Sections)
        {
            Add(section.Heading, HeadingBoost);
            Add(section.Text, BodyBoost, true);
        }
        return (counts, length);
    }

    private static int Quantise(double weighted, bool inTitle, int length, double averageLength)
    {
        var saturated = weighted * (K1 + 1) / (weighted + K1 * (1 - B + B * length / averageLength));
        var score = saturated + (inTitle ? TitleBonus : 0);
        return Math.Clamp((int)Math.Round(score / (K1 + 1 + TitleBonus) * SearchIndex.MaxWeight), 1, SearchIndex.MaxWeight);
    }
}
