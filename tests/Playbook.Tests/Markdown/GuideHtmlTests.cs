using Playbook.Tests.Support;

namespace Playbook.Tests.Markdown;

public class GuideHtmlTests
{
    private static readonly Dictionary<string, string> Site = TestSite.Minimal(("guides/g.md", """
        ---
        title: G
        ---
        Intro.

        ## Start? {#start}

        - [Yes](#outcome-a)
        - [No](#outcome-b)

        ## Outcome: A {#outcome-a}

        Stage: [](xref:tactical)

        ## Outcome: B {#outcome-b}

        Stage: [](xref:strategic)
        """));

    [Fact]
    public async Task Each_step_is_a_section_and_each_answer_a_link_to_its_target()
    {
        // Given a guide; When it is built
        var html = TestSite.Html(await TestSite.BuildAsync(Site), "guides/g/index.html");
        // Then without any script the guide works by links: steps are sections, answers anchors to them
        var sections = html.QuerySelectorAll("section.guide-step");
        Assert.Equal(["start", "outcome-a", "outcome-b"], sections.Select(s => s.GetAttribute("data-step")));
        var answers = html.QuerySelectorAll("section[data-step=start] ul.guide-answers a");
        Assert.Equal(["#outcome-a", "#outcome-b"], answers.Select(a => a.GetAttribute("href")));
        Assert.All(answers, a => Assert.NotNull(html.GetElementById(a.GetAttribute("href")![1..])));
        Assert.Equal("start", html.QuerySelector("[data-guide-start]")!.GetAttribute("data-guide-start"));
    }

    [Fact]
    public async Task Outcome_sections_name_and_link_their_stage()
    {
        var html = TestSite.Html(await TestSite.BuildAsync(Site), "guides/g/index.html");
        var outcome = html.QuerySelector("section.guide-outcome[data-step=outcome-b]")!;
        Assert.Equal("strategic", outcome.GetAttribute("data-stage"));
        Assert.Equal("/stages/strategic/", outcome.QuerySelector("p a")!.GetAttribute("href"));
    }
}
