using Microsoft.Playwright;
using Playbook.Model;
using Playbook.Modules;

namespace Playbook.BrowserTests;

[Collection(SiteCollection.Name)]
public class GuideTests(SiteFixture site)
{
    public static TheoryData<string> Guides() => new("/guides/which-stage/", "/guides/is-this-a-clean-up/", "/guides/in-house-or-outsourced/");

    private GuideGraph GraphOf(string url) =>
        site.Build.Pages.Single(p => p.Url == url && p.Kind == Kinds.Guide).Get(ReadGuideGraph.Key)!;

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
    public async Task A_link_to_an_outcome_anchor_opens_that_outcome_without_inventing_answers()
    {
        // Given a link from a stage page straight to a guide's outcome
        var graph = GraphOf("/guides/which-stage/");
        var outcome = graph.Outcomes[1].Id;
        var page = await site.NewPageAsync();
        // When it is opened
        await page.GotoAsync($"{site.BaseUrl}/guides/which-stage/#{outcome}");
        // Then the outcome shows with no answers the reader never gave, Back is off and Restart leads to the first question
        Assert.Equal([outcome], await VisibleSteps(page));
        Assert.Equal(0, await page.Locator(".guide-path li").CountAsync());
        Assert.DoesNotContain("path=", page.Url);
        Assert.True(await page.Locator(".guide-back").IsDisabledAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Restart" }).ClickAsync();
        Assert.Equal([graph.Start], await VisibleSteps(page));
        await page.Context.CloseAsync();
    }

    /// <summary>The most questions a walk from <paramref name="id"/> can still ask, its own included.</summary>
    private static int MostQuestionsFrom(GuideGraph graph, string id) =>
        graph.Steps.FirstOrDefault(s => s.Id == id) is { } step ? 1 + step.Answers.Max(a => MostQuestionsFrom(graph, a.Target)) : 0;

    [Fact]
    public async Task Each_step_shows_its_progress_and_after_the_first_answer_the_intro_folds_away()
    {
        // Given the guide at its start
        var graph = GraphOf("/guides/which-stage/");
        var page = await site.NewPageAsync(viewport: new ViewportSize { Width = 390, Height = 844 });
        await page.GotoAsync(site.BaseUrl + "/guides/which-stage/");
        var intro = page.Locator(".guide .prose > p").First;
        Assert.Equal($"Question 1 of at most {MostQuestionsFrom(graph, graph.Start)}", await page.Locator(".guide-progress").TextContentAsync());
        Assert.True(await intro.IsVisibleAsync());
        Assert.True(await page.Locator(".guide-back").IsDisabledAsync());

        // When the reader answers the first question with an answer that leads to another question
        var next = graph.Steps[0].Answers.First(a => !graph.IsOutcome(a.Target)).Target;
        await page.Locator($"section.guide-step:visible button.guide-answer-button[data-target='{next}']").ClickAsync();

        // Then the progress counts on, the intro is folded away, Back works, and the question,
        // the answers so far and Back / Restart are all on screen
        Assert.Equal($"Question 2 of at most {1 + MostQuestionsFrom(graph, next)}", await page.Locator(".guide-progress").TextContentAsync());
        Assert.False(await intro.IsVisibleAsync());
        Assert.False(await page.Locator(".guide-back").IsDisabledAsync());
        foreach (var selector in new[] { ".guide-path", ".guide-back", ".guide-restart", $"section[data-step='{next}'] h2", $"section[data-step='{next}'] .guide-answer-buttons" })
        {
            var box = (await page.Locator(selector).BoundingBoxAsync())!;
            Assert.True(box.Y >= 0 && box.Y + box.Height <= 844, $"{selector} is off screen at {box.Y}");
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_wide_screen_the_answers_so_far_sit_beside_the_question_and_the_flowchart_takes_the_width()
    {
        // Given the guide on a 1366 px screen, one answer in
        var graph = GraphOf("/guides/which-stage/");
        var next = graph.Steps[0].Answers.First(a => !graph.IsOutcome(a.Target)).Target;
        var page = await site.NewPageAsync(viewport: new ViewportSize { Width = 1366, Height = 900 });
        await page.GotoAsync(site.BaseUrl + $"/guides/which-stage/?path={graph.Start},{next}");

        // When the controls, the question and the flowchart are measured
        var controls = (await page.Locator(".guide-controls").BoundingBoxAsync())!;
        var question = (await page.Locator($"section[data-step='{next}'] h2").BoundingBoxAsync())!;
        var prose = (await page.Locator(".guide .prose").BoundingBoxAsync())!;
        var drawing = (await page.Locator(".guide .diagram").BoundingBoxAsync())!;

        // Then the controls are a rail to the right of the question, level with the page's top,
        // and the flowchart is wider than the reading column, reaching under the rail
        Assert.True(controls.X >= question.X + question.Width, $"controls at x={controls.X}, question ends at {question.X + question.Width}");
        Assert.True(controls.Y < question.Y, $"controls at y={controls.Y}, question at {question.Y}");
        Assert.True(drawing.Width > prose.Width + controls.Width, $"flowchart {drawing.Width} px wide, column {prose.Width} px");
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Guides))]
    public async Task Every_outcome_ends_with_a_link_to_its_stage_page(string url)
    {
        var graph = GraphOf(url);
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + url);
        foreach (var outcome in graph.Outcomes)
            Assert.Equal($"/stages/{outcome.Stage}/", await page.Locator($"section[data-step='{outcome.Id}'] > .guide-next a").GetAttributeAsync("href"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_disabled_back_button_looks_disabled()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/guides/which-stage/");
        var style = "b => [getComputedStyle(b).borderStyle, getComputedStyle(b).cursor]";
        Assert.Equal(["dashed", "not-allowed"], await page.Locator(".guide-back").EvaluateAsync<string[]>(style));
        Assert.Equal(["solid", "pointer"], await page.Locator(".guide-restart").EvaluateAsync<string[]>(style));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Printed_a_guide_is_the_handout_with_each_answer_saying_where_to_go()
    {
        // Given a guide walked one step in (so the browser shows one step only)
        var graph = GraphOf("/guides/which-stage/");
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/guides/which-stage/");
        await page.Locator("section.guide-step:visible button.guide-answer-button").Last.ClickAsync();
        // When it is printed
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        // Then every step prints, numbered, and every answer says "go to step N" or "go to outcome X", not underlined
        Assert.Equal(graph.Steps.Count + graph.Outcomes.Count, (await VisibleSteps(page)).Count);
        var first = graph.Steps[0];
        Assert.Equal("\"1. \"", await page.Locator($"section[data-step='{first.Id}'] > h2").EvaluateAsync<string>("h => getComputedStyle(h, '::before').content"));
        foreach (var answer in first.Answers)
        {
            var link = page.Locator($"section[data-step='{first.Id}'] ul.guide-answers a[href='#{answer.Target}']");
            Assert.True(await link.IsVisibleAsync());
            var after = await link.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
            Assert.Equal(graph.IsOutcome(answer.Target) ? $"\" → go to outcome {graph.LetterOf(answer.Target)}\"" : $"\" → go to step {graph.NumberOf(answer.Target)}\"", after);
            Assert.Equal("none", await link.EvaluateAsync<string>("a => getComputedStyle(a).textDecorationLine"));
        }
        Assert.Equal("avoid", await page.Locator(".guide-outcome").First.EvaluateAsync<string>("o => getComputedStyle(o).breakInside"));
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
            await page.Locator($"section[data-step='{walk[i - 1]}'] ul.guide-answers a[href='#{walk[i]}']").ClickAsync();
        // Then the page has jumped to the outcome, which links its stage
        Assert.EndsWith("#" + walk[^1], page.Url);
        Assert.True(await page.Locator($"#{walk[^1]}").IsVisibleAsync());
        var stageLink = page.Locator($"section[data-step='{walk[^1]}'] a[href^='/stages/']").First;
        Assert.Equal($"/stages/{graph.Outcomes[^1].Stage}/", await stageLink.GetAttributeAsync("href"));
        await page.Context.CloseAsync();
    }
}
