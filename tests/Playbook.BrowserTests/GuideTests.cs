using Microsoft.Playwright;
using Playbook.Model;

namespace Playbook.BrowserTests;

[Collection(SiteCollection.Name)]
public class GuideTests(SiteFixture site)
{
    public static TheoryData<string> Guides() => new("/guides/which-stage/", "/guides/is-this-a-clean-up/", "/guides/in-house-or-outsourced/");

    private GuideGraph GraphOf(string url) =>
        (GuideGraph)site.Build.Pages.Single(p => p.Url == url && p.Kind == Kinds.Guide).Data["guide"];

    /// <summary>The shortest walk from the start to a step, as the step ids visited.</summary>
    private static List<string> WalkTo(GuideGraph graph, string target)
    {
        var came = new Dictionary<string, string> { [graph.Start] = "" };
        var queue = new Queue<string>([graph.Start]);
        while (queue.TryDequeue(out var id) && id != target)
            foreach (var answer in graph.Steps.FirstOrDefault(s => s.Id == id)?.Answers ?? [])
                if (came.TryAdd(answer.Target, id)) queue.Enqueue(answer.Target);
        var walk = new List<string> { target };
        while (came[walk[0]] != "") walk.Insert(0, came[walk[0]]);
        return walk;
    }

    private static async Task<List<string>> VisibleSteps(IPage page) =>
        [.. await page.Locator("section.guide-step:visible").EvaluateAllAsync<string[]>("s => s.map(x => x.dataset.step)")];

    [Theory]
    [MemberData(nameof(Guides))]
    public async Task Every_outcome_is_reached_by_clicking_answers_and_back_and_restart_work(string url)
    {
        var graph = GraphOf(url);
        var page = await site.NewPageAsync();
        foreach (var outcome in graph.Outcomes)
        {
            // Given the guide at its start
            await page.GotoAsync(site.BaseUrl + url);
            Assert.Equal([graph.Start], await VisibleSteps(page));
            var walk = WalkTo(graph, outcome.Id);

            // When the reader clicks the answers of a walk to this outcome
            foreach (var next in walk.Skip(1))
                await page.Locator($"section.guide-step:visible button.guide-answer-button[data-target='{next}']").ClickAsync();

            // Then only the outcome shows, the path is in the URL and the answers so far are listed
            Assert.Equal([outcome.Id], await VisibleSteps(page));
            Assert.EndsWith("?path=" + string.Join(",", walk), page.Url);
            Assert.Equal(walk.Count - 1, await page.Locator(".guide-path li").CountAsync());
            Assert.Contains(outcome.Title, await page.Locator($"#{outcome.Id}").TextContentAsync());

            // When the reader goes back one step, the step before the outcome shows again
            await page.GetByRole(AriaRole.Button, new() { Name = "Back", Exact = true }).ClickAsync();
            Assert.Equal([walk[^2]], await VisibleSteps(page));

            // When the reader restarts, the first question shows with no path
            await page.GetByRole(AriaRole.Button, new() { Name = "Restart" }).ClickAsync();
            Assert.Equal([graph.Start], await VisibleSteps(page));
            Assert.Equal(0, await page.Locator(".guide-path li").CountAsync());
            Assert.DoesNotContain("path=", page.Url);
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_shared_url_mid_guide_opens_at_the_same_step_with_its_path()
    {
        // Given a link someone copied two answers into a guide
        var graph = GraphOf("/guides/which-stage/");
        var walk = WalkTo(graph, graph.Steps[2].Id);
        var page = await site.NewPageAsync();
        // When it is opened in a fresh browser
        await page.GotoAsync($"{site.BaseUrl}/guides/which-stage/?path={string.Join(",", walk)}");
        // Then the same step shows, with the answers that led there
        Assert.Equal([walk[^1]], await VisibleSteps(page));
        Assert.Equal(walk.Count - 1, await page.Locator(".guide-path li").CountAsync());
        // And the browser's own back button walks back through the guide
        await page.Locator("section.guide-step:visible button.guide-answer-button").First.ClickAsync();
        await page.GoBackAsync();
        Assert.Equal([walk[^1]], await VisibleSteps(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_link_to_an_outcome_anchor_opens_that_outcome_with_a_walk_to_it()
    {
        // Given a link from a stage page straight to a guide's outcome
        var graph = GraphOf("/guides/which-stage/");
        var outcome = graph.Outcomes[1].Id;
        var page = await site.NewPageAsync();
        // When it is opened
        await page.GotoAsync($"{site.BaseUrl}/guides/which-stage/#{outcome}");
        // Then the outcome shows, and the URL holds the shortest walk to it
        Assert.Equal([outcome], await VisibleSteps(page));
        Assert.EndsWith("?path=" + string.Join(",", WalkTo(graph, outcome)), page.Url);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_path_that_no_walk_allows_falls_back_to_where_it_goes_wrong()
    {
        var graph = GraphOf("/guides/which-stage/");
        var page = await site.NewPageAsync();
        await page.GotoAsync($"{site.BaseUrl}/guides/which-stage/?path={graph.Start},{graph.Outcomes[^1].Id}");
        Assert.Equal([graph.Start], await VisibleSteps(page));
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Guides))]
    public async Task Without_javascript_answer_links_lead_to_an_outcome(string url)
    {
        // Given a browser with JavaScript off, every step shows as a section
        var graph = GraphOf(url);
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync(site.BaseUrl + url);
        Assert.Equal(graph.Steps.Count + graph.Outcomes.Count, (await VisibleSteps(page)).Count);
        // When the reader follows answer links from the first step to the last outcome
        var walk = WalkTo(graph, graph.Outcomes[^1].Id);
        for (var i = 1; i < walk.Count; i++)
            await page.Locator($"section[data-step='{walk[i - 1]}'] a.guide-answer[href='#{walk[i]}']").ClickAsync();
        // Then the page has jumped to the outcome, which links its stage
        Assert.EndsWith("#" + walk[^1], page.Url);
        Assert.True(await page.Locator($"#{walk[^1]}").IsVisibleAsync());
        var stageLink = page.Locator($"section[data-step='{walk[^1]}'] a[href^='/stages/']").First;
        Assert.Equal($"/stages/{graph.Outcomes[^1].Stage}/", await stageLink.GetAttributeAsync("href"));
        await page.Context.CloseAsync();
    }
}
