using Playbook.Tests.Support;

namespace Playbook.Tests.Search;

/// <summary>What a reader finds first when they type a query over the default playbook, ranked by search.js itself (under node).</summary>
public class RankingTests : IAsyncLifetime
{
    private NodeSearch _search = null!;

    public async Task InitializeAsync()
    {
        var result = await TestSite.BuildDefaultAsync();
        Assert.True(result.Succeeded, TestSite.Errors(result));
        _search = new NodeSearch(result);
    }

    public Task DisposeAsync()
    {
        _search.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("outsourcing agreement", "/checklists/outsourcing-agreement/")]
    [InlineData("Outsourcing Agreements", "/checklists/outsourcing-agreement/")]
    [InlineData("vanity metrics", "/articles/why-before-what/")]
    [InlineData("interim consultant", "/articles/interim-consultant/")]
    [InlineData("three layers of competency", "/articles/three-layers-of-competency/")]
    [InlineData("monthly review", "/checklists/monthly-client-review/")]
    [InlineData("in-house or outsourced", "/guides/in-house-or-outsourced/")]
    [InlineData("which stage", "/guides/which-stage/")]
    [InlineData("thought leadership", "/stages/thought-leadership/")]
    [InlineData("first two weeks", "/checklists/first-two-weeks-clean-up/")]
    [InlineData("is this a clean-up", "/guides/is-this-a-clean-up/")]
    public void The_page_about_a_thing_comes_first(string query, string expected)
    {
        // Given the default playbook's index
        // When a reader searches
        var hits = _search.Search(query);

        // Then the page about it is the first result
        Assert.NotEmpty(hits);
        Assert.Equal(expected, hits[0].Url);
    }

    [Theory]
    [InlineData("handover")]
    [InlineData("handvoer")]
    public void Handover_finds_the_handover_pages_first(string query)
    {
        // When a reader searches for the tag word "handover", spelt right or with two letters swapped
        var top = _search.Search(query).Take(2).Select(h => h.Url).ToList();

        // Then the pages that are about handing over lead
        Assert.Contains("/checklists/handover-readiness/", top);
    }

    [Fact]
    public void Kpi_finds_the_two_pages_about_kpis_first()
    {
        // When a reader searches for the term "kpi"
        var top = _search.Search("kpi").Take(2).Select(h => h.Url).ToHashSet();

        // Then the article on KPIs versus vanity metrics and the checklist of KPIs by department lead, in either order
        Assert.Equal(new HashSet<string> { "/articles/why-before-what/", "/checklists/kpis-by-department/" }, top);
    }

    [Theory]
    [InlineData("outsorcing", "/checklists/outsourcing-agreement/")]
    [InlineData("outsourcing agreemnt", "/checklists/outsourcing-agreement/")]
    [InlineData("vanity metircs", "/articles/why-before-what/")]
    public void A_word_with_one_typo_still_finds_its_page(string query, string expected)
    {
        // When a word of five or more letters is misspelt by one letter (missing, extra, wrong or swapped)
        var hits = _search.Search(query);

        // Then the page is still found first
        Assert.NotEmpty(hits);
        Assert.Equal(expected, hits[0].Url);
    }

    [Theory]
    [InlineData("outsourcing agr", "/checklists/outsourcing-agreement/")]
    [InlineData("vanity metr", "/articles/why-before-what/")]
    [InlineData("interim consul", "/articles/interim-consultant/")]
    public void A_word_being_typed_matches_as_a_prefix(string query, string expected)
    {
        // When the last word is still being typed
        var hits = _search.Search(query);

        // Then its prefix already finds the page
        Assert.NotEmpty(hits);
        Assert.Equal(expected, hits[0].Url);
    }

    [Fact]
    public void A_short_word_is_not_matched_with_typos()
    {
        // Given "kpo", one letter away from the term "kpi" but shorter than five letters
        // When it is searched
        var hits = _search.Search("kpo");

        // Then nothing matches: short words are too easily confused
        Assert.Empty(hits);
    }

    [Fact]
    public void Stop_words_in_a_query_are_ignored()
    {
        // When the query is "why before what", whose last word is a stop word
        var hits = _search.Search("why before what");

        // Then "what" is not read as the start of a rarer word ("whatever") that would pull another page up
        Assert.Equal("/articles/why-before-what/", hits[0].Url);
    }

    [Fact]
    public void A_query_of_only_a_stop_word_reads_it_as_the_start_of_a_word()
    {
        // When the reader has typed only "the" so far
        var hits = _search.Search("the");

        // Then pages with words that start with it (theme, therefore, ...) are found
        Assert.NotEmpty(hits);
    }
}
