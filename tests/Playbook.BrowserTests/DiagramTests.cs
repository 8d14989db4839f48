using Microsoft.Playwright;
using Playbook.Model;
using Playbook.Modules;

namespace Playbook.BrowserTests;

/// <summary>The pictures drawn at build time, as a reader's browser shows them: guide flowcharts and the stage journey.</summary>
[Collection(SiteCollection.Name)]
public class DiagramTests(SiteFixture site)
{
    private const string Flowchart = ".diagram-scroll svg.flowchart";

    private GuideGraph GraphOf(string url) =>
        site.Build.Pages.Single(p => p.Url == url && p.Kind == Kinds.Guide).Get(ReadGuideGraph.Key)!;

    [Theory]
    [MemberData(nameof(GuideTests.Guides), MemberType = typeof(GuideTests))]
    public async Task A_guide_page_shows_a_flowchart_with_a_box_per_step_and_outcome_and_an_arrow_per_answer(string url)
    {
        // Given a guide's graph and its page
        var graph = GraphOf(url);
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + url);

        // Then the flowchart is shown, with one linked box per step and outcome and one arrow per answer
        Assert.True(await page.Locator(Flowchart).IsVisibleAsync());
        var boxes = await page.Locator($"{Flowchart} a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        Assert.Equal(graph.Steps.Select(s => "#" + s.Id).Concat(graph.Outcomes.Select(o => "#" + o.Id)), boxes);
        Assert.Equal(graph.Steps.Sum(s => s.Answers.Count), await page.Locator($"{Flowchart} .fc-edges path").CountAsync());
    }

    [Fact]
    public async Task A_box_of_the_flowchart_takes_the_reader_to_its_step()
    {
        // Given a guide at its start
        var url = "/guides/which-stage/";
        var graph = GraphOf(url);
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + url);

        // When the reader tabs to an outcome's box and presses Enter
        var outcome = graph.Outcomes[^1].Id;
        await page.Locator($"{Flowchart} a[href='#{outcome}']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        // Then the guide shows that outcome
        await Assertions.Expect(page.Locator($"section.guide-step[data-step='{outcome}']")).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData(390, "light")]
    [InlineData(390, "dark")]
    [InlineData(1366, "light")]
    public async Task The_flowchart_keeps_its_text_at_12_px_or_more_and_scrolls_instead_of_shrinking(int width, string scheme)
    {
        // Given a guide on a phone or a desktop
        var page = await site.NewPageAsync(viewport: new ViewportSize { Width = width, Height = 900 }, colorScheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await page.GotoAsync(site.BaseUrl + "/guides/in-house-or-outsourced/");

        // Then the drawing is at its own size, its text at 12 px or more, and the page itself does not scroll sideways
        var svg = page.Locator(Flowchart);
        var drawn = await svg.EvaluateAsync<double>("s => s.getBoundingClientRect().width / s.viewBox.baseVal.width");
        Assert.Equal(1, drawn, 0.01);
        var smallest = await svg.EvaluateAsync<double>("s => Math.min(...[...s.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize)))");
        Assert.True(smallest >= 12, $"text at {smallest}px");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= innerWidth"));
        // And its scrolling region can be reached with the keyboard
        Assert.Equal("0", await page.Locator(".diagram-scroll").First.GetAttributeAsync("tabindex"));
    }

    [Fact]
    public async Task A_printed_guide_shows_the_flowchart_in_black_on_white()
    {
        // Given a guide in the dark scheme
        var page = await site.NewPageAsync(colorScheme: ColorScheme.Dark);
        await page.GotoAsync(site.BaseUrl + "/guides/which-stage/");

        // When it is rendered for print
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        // Then the flowchart is there, with black text and outlines on white boxes
        Assert.True(await page.Locator(Flowchart).IsVisibleAsync());
        var box = page.Locator($"{Flowchart} a.fc-outcome rect").First;
        Assert.Equal("rgb(255, 255, 255)", await box.EvaluateAsync<string>("r => getComputedStyle(r).fill"));
        Assert.Equal("rgb(0, 0, 0)", await box.EvaluateAsync<string>("r => getComputedStyle(r).stroke"));
        Assert.Equal("rgb(0, 0, 0)", await page.Locator($"{Flowchart} a text").First.EvaluateAsync<string>("t => getComputedStyle(t).fill"));
    }

    public static TheoryData<string, string?> JourneyPages() => new()
    {
        { "/", null },
        { "/stages/", null },
        { "/stages/tactical/", "tactical" },
        { "/stages/strategic/", "strategic" },
        { "/stages/thought-leadership/", "thought-leadership" },
    };

    [Theory]
    [MemberData(nameof(JourneyPages))]
    public async Task The_journey_fits_a_phone_and_a_desktop_and_marks_the_stage_the_reader_is_on(string url, string? here)
    {
        foreach (var (width, shown) in new[] { (390, "journey-tall"), (1366, "journey-wide") })
        {
            // Given the page at a phone's or a desktop's width
            var page = await site.NewPageAsync(viewport: new ViewportSize { Width = width, Height = 900 });
            await page.GotoAsync(site.BaseUrl + url);

            // Then exactly the drawing that fits is shown, whole, with a link per stage
            var visible = page.Locator("svg.stage-journey:visible");
            Assert.Equal(1, await visible.CountAsync());
            Assert.Equal($"stage-journey {shown}", await visible.GetAttributeAsync("class"));
            Assert.True(await visible.EvaluateAsync<bool>("s => s.getBoundingClientRect().right <= s.parentElement.getBoundingClientRect().right + 1"), $"{url} at {width}px: the journey does not fit");
            var stageLinks = await visible.Locator("a.sj-stage").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
            Assert.Equal(3, stageLinks.Length);
            // And a stage page marks its own stage, "You are here"
            var current = visible.Locator("a[aria-current=page]");
            Assert.Equal(here is null ? 0 : 1, await current.CountAsync());
            if (here is not null)
            {
                Assert.Equal($"/stages/{here}/", await current.GetAttributeAsync("href"));
                Assert.Contains("You are here", await current.TextContentAsync());
            }
            await page.Context.CloseAsync();
        }
    }
}
