using Playbook.Search;

namespace Playbook.Tests.Search;

public class SearchIndexBuilderTests
{
    private static int Weight(SearchIndex index, string term, string url) =>
        index.Terms.Single(t => t.Term == term).Postings.Single(p => index.Documents[p.Document].Url == url).Weight;

    [Fact]
    public void The_page_titled_with_a_word_outweighs_a_long_page_that_repeats_it()
    {
        // Given a short page titled "Retainer" and a long page that says "retainer" five times in its body
        var filler = string.Join(' ', Enumerable.Range(0, 200).Select(i => $"filler{i}"));
        var index = SearchIndexBuilder.Build(
        [
            new("/about/", "Retainer", "", "article", [], [], [new Section("", "", "What it is.")]),
            new("/mentions/", "Pricing", "", "article", [], [], [new Section("", "", "retainer retainer retainer retainer retainer " + filler)]),
        ], []);

        // Then the titled page's weight for the term is higher
        Assert.True(Weight(index, "retainer", "/about/") > Weight(index, "retainer", "/mentions/"));
    }

    [Fact]
    public void Fields_weigh_title_above_headings_above_tags_above_body()
    {
        // Given four pages of the same length, each with "pricing" in one field only
        Section Body(string text) => new("", "", text + " other words to make the pages equally long");
        var index = SearchIndexBuilder.Build(
        [
            new("/title/", "Pricing", "", "article", [], [], [Body("x")]),
            new("/heading/", "A", "", "article", [], [], [new Section("Pricing", "p", "x other words to make the pages equally long")]),
            new("/tag/", "B", "", "article", [], ["pricing"], [Body("x")]),
            new("/body/", "C", "", "article", [], [], [Body("pricing")]),
        ], []);

        // Then their weights fall in that order
        var weights = new[] { "/title/", "/heading/", "/tag/", "/body/" }.Select(u => Weight(index, "pricing", u)).ToList();
        Assert.True(weights.SequenceEqual(weights.OrderDescending()) && weights.Distinct().Count() == 4, string.Join(", ", weights));
    }
}
