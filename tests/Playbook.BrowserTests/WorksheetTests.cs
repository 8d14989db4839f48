using Microsoft.Playwright;

namespace Playbook.BrowserTests;

[Collection(SiteCollection.Name)]
public class WorksheetTests(SiteFixture site)
{
    private const string Url = "/worksheets/strategy-one-pager/";

    [Fact]
    public async Task A_printed_worksheet_is_a_form_without_navigation_and_with_room_to_write()
    {
        // Given a worksheet in the browser
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + Url);

        // When it is printed
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        // Then the navigation, the note for the consultant and the links below are gone
        Assert.False(await page.Locator(".site-header").IsVisibleAsync());
        Assert.False(await page.Locator(".breadcrumbs").IsVisibleAsync());
        Assert.False(await page.Locator(".toc").IsVisibleAsync());
        Assert.False(await page.Locator(".ws-body > p").First.IsVisibleAsync());
        // and the title, the stage and the client line show
        Assert.True(await page.Locator("h1").IsVisibleAsync());
        Assert.True(await page.Locator(".page-meta .stage-chip").First.IsVisibleAsync());
        Assert.True(await page.Locator(".ws-form-fields").IsVisibleAsync());
        Assert.Equal(3, await page.Locator(".ws-form-fields .ws-blank").CountAsync());
        // and every field has at least a handwritten line (9 mm) of space per line it asks for, kept on one page
        var fields = await page.Locator(".ws-field").EvaluateAllAsync<double[][]>(
            "fs => fs.map(f => { const s = f.querySelector('.ws-space'); return [s.getBoundingClientRect().height, +s.className.match(/ws-lines-(\\d+)/)[1], getComputedStyle(f).breakInside === 'avoid' ? 1 : 0]; })");
        Assert.NotEmpty(fields);
        const double NineMillimetres = 9 * 96 / 25.4;
        Assert.All(fields, f =>
        {
            Assert.True(f[0] >= f[1] * NineMillimetres - 1, $"a field of {f[1]} lines is {f[0]:0} px high");
            Assert.Equal(1, f[2]);
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_printed_worksheet_table_keeps_its_empty_rows_as_cells_to_write_in()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/worksheets/account-register/");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var heights = await page.Locator(".ws-body td:empty").EvaluateAllAsync<double[]>("cs => cs.map(c => c.getBoundingClientRect().height)");
        Assert.NotEmpty(heights);
        Assert.All(heights, h => Assert.True(h >= 10 * 96 / 25.4 - 1, $"an empty cell is {h:0} px high"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_writing_space_and_tables_fit_the_screen()
    {
        var page = await site.NewPageAsync(viewport: new ViewportSize { Width = 390, Height = 844 });
        await page.GotoAsync(site.BaseUrl + Url);
        var table = await site.NewPageAsync(viewport: new ViewportSize { Width = 390, Height = 844 });
        await table.GotoAsync(site.BaseUrl + "/worksheets/account-register/");
        Assert.True(await table.Locator(".ws-body table").First.EvaluateAsync<double>("t => t.getBoundingClientRect().right") <= 390);
        await table.Context.CloseAsync();

        var right = await page.Locator(".ws-space").First.EvaluateAsync<double>("s => s.getBoundingClientRect().right");
        Assert.True(right <= 390);
        await page.Context.CloseAsync();
    }
}
