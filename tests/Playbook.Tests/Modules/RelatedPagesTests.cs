using Playbook.Model;
using Playbook.Modules;
using Playbook.Pipeline;
using Playbook.Tests.Support;

namespace Playbook.Tests.Modules;

public class RelatedPagesTests
{
    [Fact]
    public async Task Related_pages_rank_a_shared_stage_above_a_shared_tag_then_by_title()
    {
        // Given a page and others sharing a stage and a tag (3), a stage (2), a tag (1) or nothing
        var site = TestSite.Minimal(
            ("articles/a.md", "---\ntitle: A\nstages: [tactical]\ntags: [strategy]\n---\nText.\n"),
            ("articles/z.md", "---\ntitle: Z both\nstages: [tactical]\ntags: [strategy]\n---\nText.\n"),
            ("articles/y.md", "---\ntitle: Y stage\nstages: [tactical]\n---\nText.\n"),
            ("articles/b.md", "---\ntitle: B stage\nstages: [tactical]\ntags: [kpi]\n---\nText.\n"),
            ("articles/c.md", "---\ntitle: C tag\nstages: [strategic]\ntags: [strategy]\n---\nText.\n"),
            ("articles/d.md", "---\ntitle: D nothing\nstages: [strategic]\ntags: [kpi]\n---\nText.\n"));

        // When the site is built
        var result = await TestSite.BuildAsync(site);

        // Then the best score comes first, equal scores by title, the page itself and unrelated pages never
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var nav = result.Pages.Single(p => p.Id == "a").Get(BuildNavigation.Key)!;
        Assert.Equal(["Z both", "B stage", "Y stage", "C tag"], nav.Related.Select(r => r.Title));
    }

    [Fact]
    public void Related_pages_match_comparing_every_page_with_every_other()
    {
        // Given 400 pages with random stages and tags, some repeated, some titles equal
        var random = new Random(7);
        string[] stages = ["s1", "s2", "s3", "s4"], tags = ["t1", "t2", "t3", "t4", "t5", "t6"];
        var pages = Enumerable.Range(0, 400).Select(i => new Page
        {
            SourcePath = $"p{i}.md",
            Id = $"p{i}",
            Kind = i % 50 == 0 ? Kinds.Stage : Kinds.Article,
            FrontMatter = new FrontMatter
            {
                Title = $"Page {random.Next(300)}",
                Stages = Enumerable.Range(0, random.Next(3)).Select(_ => stages[random.Next(stages.Length)]).ToList(),
                Tags = Enumerable.Range(0, random.Next(4)).Select(_ => tags[random.Next(tags.Length)]).ToList(),
            },
        }).ToList();

        // When related pages are computed through the index
        var related = new RelatedPages(pages, BuildNavigation.MaxRelated);

        // Then every list is the one a plain comparison of all pairs gives
        foreach (var page in pages)
            Assert.Equal(Naive(page, pages).Select(p => p.Id), related.For(page).Select(p => p.Id));
    }

    private static IEnumerable<Page> Naive(Page page, List<Page> pages)
    {
        int Score(Page other) =>
            RelatedPages.StageScore * other.FrontMatter.Stages.Distinct().Count(page.FrontMatter.Stages.Contains)
            + RelatedPages.TagScore * other.FrontMatter.Tags.Distinct().Count(page.FrontMatter.Tags.Contains);
        return pages.Where(p => p.Kind != Kinds.Stage)
            .OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
            .Select((p, rank) => (Page: p, Rank: rank, Score: Score(p)))
            .Where(x => x.Score > 0 && x.Page.Id != page.Id)
            .OrderByDescending(x => x.Score).ThenBy(x => x.Rank)
            .Take(BuildNavigation.MaxRelated)
            .Select(x => x.Page);
    }
}
