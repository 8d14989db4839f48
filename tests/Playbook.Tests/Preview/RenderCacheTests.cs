using Playbook.Preview;
using Playbook.Search;

namespace Playbook.Tests.Preview;

public class RenderCacheTests
{
    private static readonly IReadOnlyList<Facet> Stages = [new("tactical", "Tactical")];

    [Fact]
    public void A_body_is_cut_into_search_sections_once_and_a_new_body_again()
    {
        // Given a cache and a body
        var cache = new RenderCache();
        var cuts = 0;
        IReadOnlyList<Section> Cut(string html) { cuts++; return BodyText.Sections(html); }
        var body = "<h2 id=\"a\">A</h2><p>Words here.</p>";

        // When the same body is asked for twice, and then a changed body
        var first = cache.Sections(body, Cut);
        var again = cache.Sections(body, Cut);
        var changed = cache.Sections(body.Replace("Words", "Other words", StringComparison.Ordinal), Cut);

        // Then the first two share one cut, and the changed body is cut anew
        Assert.Same(first, again);
        Assert.Equal("Other words here.", changed.Single().Text);
        Assert.Equal(2, cuts);
    }

    [Fact]
    public void Term_counts_are_kept_for_an_equal_page_and_counted_again_when_a_field_changes()
    {
        // Given a cache that has counted one page's terms in a build
        var cache = new RenderCache();
        var counted = 0;
        SearchIndexBuilder.TermCounts Count(SearchDocument d) { counted++; return SearchIndexBuilder.Count(d, Stages); }
        IReadOnlyList<string> stages = ["tactical"], tags = [];
        IReadOnlyList<Section> sections = [new("", "", "Set goals first.")];
        var page = new SearchDocument("/goals/", "Goals", "", "article", stages, tags, sections);
        cache.BeginBuild();
        var first = cache.TermCounts(page, Count);
        cache.EndBuild();

        // When the next build asks for an equal page (the same lists), and for the page retitled
        cache.BeginBuild();
        var again = cache.TermCounts(page with { }, Count);
        var retitled = cache.TermCounts(page with { Title = "Objectives" }, Count);
        cache.EndBuild();

        // Then the equal page's counts are the kept ones, and the retitled page is counted anew
        Assert.Same(first, again);
        Assert.Contains("objective", retitled.TitleTerms);
        Assert.Equal(2, counted);
    }

    [Fact]
    public void Fingerprints_match_for_equal_models_and_differ_when_any_value_does()
    {
        // Given a model larger than one buffer chunk, and the same model with one character changed deep inside
        var body = new string('x', 100_000);
        Dictionary<string, object?> Model(string text) => new() { ["title"] = "Goals", ["content"] = text, ["tags"] = new List<object?> { "kpi", 3 } };
        var changed = body[..60_000] + "y" + body[60_001..];

        // When they are fingerprinted, with a small model hashed in between on the same thread
        var first = RenderCache.Fingerprint("site", Model(body));
        RenderCache.Fingerprint("small");
        var again = RenderCache.Fingerprint("site", Model(body));
        var other = RenderCache.Fingerprint("site", Model(changed));

        // Then equal models hash alike, and the one changed character changes the fingerprint
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.NotEqual(RenderCache.Fingerprint("a", "bc"), RenderCache.Fingerprint("ab", "c"));
    }
}
