using AngleSharp.Html.Parser;
using Playbook.Tests.Support;
using Xunit.Abstractions;

namespace Playbook.Tests.Search;

/// <summary>The relevance set (relevance.json) ranked by search.js itself, under node, over the default playbook.</summary>
public class SearchRelevanceTests(ITestOutputHelper output) : IAsyncLifetime
{
    public const double MinTopHitRate = 0.95, MinMrr = 0.85;

    private static readonly RelevanceSet Set = RelevanceSet.Load(Path.Combine(TestSite.RepoRoot, "tests/Playbook.Tests/Search/relevance.json"));
    private Playbook.Pipeline.BuildResult _site = null!;

    public async Task InitializeAsync()
    {
        _site = await TestSite.BuildDefaultAsync();
        Assert.True(_site.Succeeded, TestSite.Errors(_site));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void The_set_has_forty_queries_or_more_and_every_page_and_anchor_it_expects_exists()
    {
        Assert.True(Set.Queries.Count >= 40, $"{Set.Queries.Count} queries");
        var parser = new HtmlParser();
        foreach (var (url, anchor) in Set.Expected())
        {
            var page = _site.Pages.SingleOrDefault(p => p.Url == url && !p.IsAsset);
            Assert.True(page is not null, $"the set expects {url}, which the default playbook does not have");
            if (anchor.Length > 0)
                Assert.True(parser.ParseDocument(page.Html).GetElementById(anchor) is not null, $"the set expects {url}#{anchor}, which that page has no element for");
        }
    }

    [Fact]
    public void Search_answers_the_relevance_set_in_its_first_three_results()
    {
        // Given the queries of the set, ranked as the header box ranks them
        using var search = new NodeSearch(_site);
        var answers = search.Search(Set.Queries.Select(q => q.Query).ToList());

        // When they are scored against the pages judged to answer them
        var score = Set.Evaluate(answers.Select(a => (IReadOnlyList<RelevanceSet.Ranked>)a.Results.Select(r => new RelevanceSet.Ranked(r.Url, r.Anchors)).ToList()).ToList());
        output.WriteLine(score.Summary("Playbook search"));
        output.WriteLine(score.Report());

        // Then nearly every query is answered in the first three, and mostly first
        Assert.True(score.TopHitRate >= MinTopHitRate && score.Mrr >= MinMrr, score.Summary("Playbook search") + "\n" + score.Report());
    }
}
