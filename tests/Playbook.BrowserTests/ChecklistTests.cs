using Microsoft.Playwright;
using Playbook.Model;
using Playbook.Modules;

namespace Playbook.BrowserTests;

[Collection(SiteCollection.Name)]
public class ChecklistTests(SiteFixture site)
{
    public static TheoryData<string> Checklists() => new(
        "/checklists/first-two-weeks-clean-up/", "/checklists/handover-readiness/",
        "/checklists/monthly-client-review/", "/checklists/outsourcing-agreement/");

    [Theory]
    [MemberData(nameof(Checklists))]
    public async Task Ticks_survive_a_reload_and_reset_clears_them(string url)
    {
        // Given a default checklist
        var built = site.Build.Pages.Single(p => p.Url == url && p.Kind == Kinds.Checklist);
        var items = built.Get(ExtractChecklist.Key)!;
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + url);
        var boxes = page.Locator("input.checklist-box");
        Assert.Equal(items.Count, await boxes.CountAsync());
        var status = page.Locator(".checklist-count");
        Assert.Equal($"0 of {items.Count} done", await status.TextContentAsync());

        // When one item is ticked by clicking its label and another by keyboard
        await page.Locator($"label[for='check-{items[0].Id}']").ClickAsync();
        await page.Locator($"#check-{items[2].Id}").FocusAsync();
        await page.Keyboard.PressAsync("Space");

        // Then the progress shows it, and after a reload the same boxes are still ticked
        Assert.Equal($"2 of {items.Count} done", await status.TextContentAsync());
        Assert.Equal("2", await page.Locator("progress.checklist-bar").EvaluateAsync<string>("p => String(p.value)"));
        await page.ReloadAsync();
        var ticked = await Task.WhenAll(items.Take(3).Select(i => page.Locator($"#check-{i.Id}").IsCheckedAsync()));
        Assert.Equal(new[] { true, false, true }, ticked);
        Assert.Equal($"2 of {items.Count} done", await status.TextContentAsync());

        // When the reader resets, every box is cleared, also after a reload
        await page.GetByRole(AriaRole.Button, new() { Name = "Reset" }).ClickAsync();
        Assert.Equal($"0 of {items.Count} done", await status.TextContentAsync());
        await page.ReloadAsync();
        Assert.Equal(0, await page.Locator("input.checklist-box:checked").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Every_box_is_named_by_its_item_for_screen_readers_and_progress_is_announced()
    {
        var built = site.Build.Pages.Single(p => p.Url == "/checklists/handover-readiness/");
        var first = built.Get(ExtractChecklist.Key)![0];
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + built.Url);
        var box = page.GetByRole(AriaRole.Checkbox, new() { Name = first.Text });
        await box.CheckAsync();
        Assert.True(await box.IsCheckedAsync());
        Assert.Equal("status", await page.Locator(".checklist-status").GetAttributeAsync("role"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_javascript_the_boxes_still_render_and_can_be_ticked()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync(site.BaseUrl + "/checklists/monthly-client-review/");
        var box = page.Locator("input.checklist-box").First;
        await box.CheckAsync();
        Assert.True(await box.IsCheckedAsync());
        Assert.False(await page.Locator(".checklist-progress").IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Checklists))]
    public async Task Each_default_checklist_prints_on_one_page(string url)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + url);
        var pdf = System.Text.Encoding.Latin1.GetString(await page.PdfAsync(new() { Format = "A4" }));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(pdf, @"/Type\s*/Page[^s]"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_printed_checklist_has_no_navigation_empty_boxes_and_a_date_line()
    {
        // Given a checklist with a ticked item
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/checklists/outsourcing-agreement/");
        await page.Locator("input.checklist-box").First.CheckAsync();
        // When it is printed
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        // Then navigation and progress are gone, the handout line shows, and the box prints empty
        Assert.False(await page.Locator(".site-header").IsVisibleAsync());
        Assert.False(await page.Locator(".checklist-progress").IsVisibleAsync());
        Assert.True(await page.Locator(".handout-fields").IsVisibleAsync());
        Assert.Equal("none", await page.Locator("input.checklist-box").First.EvaluateAsync<string>("b => getComputedStyle(b).appearance"));
        await page.Context.CloseAsync();
    }
}
