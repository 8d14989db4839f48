using Microsoft.Playwright;

namespace Playbook.BrowserTests;

/// <summary>The header from the smallest phone to a laptop, measured from the boxes the browser lays out.</summary>
[Collection(SiteCollection.Name)]
public class HeaderTests(SiteFixture site)
{
    private const string Controls = ".site-title, .site-nav a, .search-box, .theme-toggle";

    public static TheoryData<int> Widths() => new(320, 390, 430, 768, 1366);

    private async Task<IPage> OpenAsync(int width)
    {
        var page = await site.NewPageAsync(viewport: new ViewportSize { Width = width, Height = 800 });
        await page.GotoAsync(site.BaseUrl + "/stages/tactical/");
        return page;
    }

    private static bool Overlap(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task No_two_header_controls_overlap_and_none_leaves_the_screen(int width)
    {
        // Given a page at this width
        var page = await OpenAsync(width);
        // When the header's controls are measured (nav links that scroll sideways on a phone count where they are visible)
        var boxes = new List<(string Name, LocatorBoundingBoxResult Box)>();
        foreach (var control in await page.Locator(Controls).AllAsync())
            if (await control.BoundingBoxAsync() is { } box && box.X + box.Width <= width)
                boxes.Add((await control.EvaluateAsync<string>("e => e.className || e.textContent"), box));
        // Then every control is on screen and no two share a pixel
        Assert.True(boxes.Count >= 4, $"only {boxes.Count} controls measured");
        foreach (var (name, box) in boxes) Assert.True(box.X >= 0 && box.Y >= 0, $"{name} starts off screen at {box.X},{box.Y}");
        for (var i = 0; i < boxes.Count; i++)
            for (var j = i + 1; j < boxes.Count; j++)
                Assert.False(Overlap(boxes[i].Box, boxes[j].Box), $"{boxes[i].Name} overlaps {boxes[j].Name} at {width} px");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    [InlineData(430)]
    public async Task On_a_phone_the_header_stays_under_120_px_and_the_stage_picker_has_its_own_slim_bar(int width)
    {
        var page = await OpenAsync(width);
        var header = await page.Locator(".site-header").BoundingBoxAsync();
        var bar = await page.Locator(".stage-bar").BoundingBoxAsync();
        Assert.True(header!.Height <= 120, $"header is {header.Height} px high at {width} px");
        Assert.True(bar!.Height <= 40, $"stage bar is {bar.Height} px high");
        Assert.True(bar.Y >= header.Y + header.Height - 1, "the stage bar sits below the header");
        Assert.True(await page.Locator(".stage-bar #stage-picker-select").IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_wide_screen_the_header_is_one_row()
    {
        var page = await OpenAsync(1366);
        var title = (await page.Locator(".site-title").BoundingBoxAsync())!;
        foreach (var control in await page.Locator(".site-nav a, .search-box, .theme-toggle").AllAsync())
        {
            var box = (await control.BoundingBoxAsync())!;
            Assert.True(box.Y < title.Y + title.Height && title.Y < box.Y + box.Height, "a header control sits on another row than the title");
        }
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task The_open_search_panel_lies_inside_the_viewport(int width)
    {
        // Given a page at this width; When the reader types in the header's search box
        var page = await OpenAsync(width);
        await page.FillAsync("#search-box-q", "handover");
        await page.WaitForSelectorAsync("#search-box-q-results .search-status");
        // Then the results panel is wholly on screen
        var panel = (await page.Locator("#search-box-q-results").BoundingBoxAsync())!;
        Assert.True(panel.X >= 0 && panel.X + panel.Width <= width, $"panel spans {panel.X}..{panel.X + panel.Width} of {width} px");
        Assert.True(panel.Y >= 0 && panel.Y + panel.Height <= 800, $"panel spans {panel.Y}..{panel.Y + panel.Height} of 800 px");
        await page.Context.CloseAsync();
    }
}
