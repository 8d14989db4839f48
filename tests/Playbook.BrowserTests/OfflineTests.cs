using Microsoft.Playwright;

namespace Playbook.BrowserTests;

/// <summary>
/// The service worker keeps the site for a consultant on site: once online, the pages opened,
/// the search index and the assets work with the network off.
/// </summary>
[Collection(SiteCollection.Name)]
public class OfflineTests(SiteFixture site)
{
    private const string Article = "/articles/why-before-what/";

    /// <summary>Opens a page and waits until the service worker controls it, its first files kept.</summary>
    private async Task<IPage> OnlineVisitAsync(string url)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + url);
        await page.EvaluateAsync("() => navigator.serviceWorker.ready");
        // The worker takes over pages once it is active; a reload is the page's first controlled load.
        await page.ReloadAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => navigator.serviceWorker.controller !== null"));
        return page;
    }

    [Fact]
    public async Task A_visited_page_and_a_search_work_with_the_network_off()
    {
        // Given a reader who opened an article online
        var page = await OnlineVisitAsync(Article);
        var title = await page.TitleAsync();
        await page.WaitForFunctionAsync($"() => caches.keys().then(keys => Promise.all(keys.map(k => caches.open(k).then(c => c.match('{Article}'))))).then(hits => hits.some(Boolean))");

        // When the network goes off and the article is opened again
        await page.Context.SetOfflineAsync(true);
        var response = await page.GotoAsync(site.BaseUrl + Article);

        // Then it shows, from the service worker, styled
        Assert.True(response!.FromServiceWorker);
        Assert.Equal(title, await page.TitleAsync());
        Assert.NotEqual("rgba(0, 0, 0, 0)", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-header')).backgroundColor"));

        // And a search finds pages, though the search page and the index were never opened
        await page.GotoAsync(site.BaseUrl + "/search/?q=client");
        await page.WaitForSelectorAsync("#search-page-q-results .search-result");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_page_never_opened_says_it_is_offline()
    {
        var page = await OnlineVisitAsync("/");
        await page.Context.SetOfflineAsync(true);
        var response = await page.GotoAsync(site.BaseUrl + "/tags/");
        Assert.Equal(503, response!.Status);
        Assert.Equal("You are offline", await page.Locator("h1").TextContentAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_worker_is_served_from_the_root_with_the_builds_version()
    {
        var worker = System.Text.Encoding.UTF8.GetString(PageKinds.File(site, "/sw.js"));
        Assert.Matches("^const VERSION = \"[0-9a-f]{16}\";\n", worker);
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/");
        Assert.Equal(site.BaseUrl + "/", await page.EvaluateAsync<string>("() => navigator.serviceWorker.ready.then(r => r.scope)"));
        await page.Context.CloseAsync();
    }
}
