namespace Playbook.Search;

/// <summary>What the index knows of one page: the fields it is searched by and the text its result snippet is cut from.</summary>
public sealed record SearchDocument(
    string Url,
    string Title,
    string Description,
    string Kind,
    IReadOnlyList<string> Stages,
    IReadOnlyList<string> Tags,
    IReadOnlyList<Section> Sections)
{
    /// <summary>Share of a page's text in lists of links from which it is a list page (the home page): it only points at the content.</summary>
    public const double ListPageShare = 0.3;

    /// <summary>A page made mostly of links to other pages: ranked after every page of content.</summary>
    public bool IsListPage
    {
        get
        {
            var lists = Sections.Sum(s => s.ListChars);
            return lists > 0 && lists >= (Sections.Sum(s => s.VisibleChars) + lists) * ListPageShare;
        }
    }
}

/// <summary>One page's share of a term: its weight is the term's BM25F saturation on that page, quantised to 1..63.</summary>
public readonly record struct Posting(int Document, int Weight);

/// <summary>A term and the pages it occurs on, in page order. How rare it is (BM25's idf) is worked out at query
/// time, over every term the query word matched, so it is not stored.</summary>
public sealed record IndexTerm(string Term, IReadOnlyList<Posting> Postings);

public sealed record Facet(string Id, string Title);

/// <summary>The whole index in memory, before it is cut into files for the browser.</summary>
public sealed record SearchIndex(
    IReadOnlyList<SearchDocument> Documents,
    IReadOnlyList<IndexTerm> Terms,
    IReadOnlyList<Facet> Stages,
    IReadOnlyList<Facet> Kinds)
{
    public const int MaxWeight = 63;
}
