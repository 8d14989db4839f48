using Playbook.Modules;
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
        var nav = result.Pages.Single(p => p.Id == "a").Get<PageNavigation>(BuildNavigation.Key)!;
        Assert.Equal(["Z both", "B stage", "Y stage", "C tag"], nav.Related.Select(r => r.Title));
    }
}
