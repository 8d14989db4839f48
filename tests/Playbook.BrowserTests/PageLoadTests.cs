namespace Playbook.BrowserTests;

[Collection(SiteCollection.Name)]
public class PageLoadTests(SiteFixture site)
{
    [Fact]
    public async Task Every_page_loads_with_no_console_errors_or_csp_violations()
    {
        var page = await site.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) =>
        {
            // The 404 page is served with status 404 on purpose; Chromium logs that status as an error.
            var expected404 = page.Url.EndsWith("/404.html") && m.Text.Contains("status of 404");
            if (m.Type is "error" or "warning" && !expected404) problems.Add($"{page.Url}: {m.Type}: {m.Text}");
        };
        page.PageError += (_, e) => problems.Add($"{page.Url}: uncaught: {e}");
        foreach (var url in site.PageUrls)
        {
            var response = await page.GotoAsync(site.BaseUrl + url);
            Assert.NotNull(response);
            Assert.True(response!.Ok || url == "/404.html", $"{url} answered {response.Status}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
