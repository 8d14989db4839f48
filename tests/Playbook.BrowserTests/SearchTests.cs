using Microsoft.Playwright;

namespace Playbook.BrowserTests;

[Collection(SiteCollection.Name)]
public class SearchTests(SiteFixture site)
{
    private const string Box = "#search-box-q";
    private const string BoxResults = "#search-box-q-results";

    private async Task<IPage> TypeAsync(string query, string url = "/articles/why-before-what/")
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + url);
        await page.FillAsync(Box, query);
        await page.WaitForSelectorAsync($"{BoxResults} .search-status");
        return page;
    }

    private static Task<string[]> ResultUrls(IPage page, string panel) =>
        page.EvalOnSelectorAllAsync<string[]>($"{panel} .search-result a", "as => as.map(a => new URL(a.href).pathname)");

    [Fact]
    public async Task Typing_in_the_header_box_shows_the_page_about_it_first_with_matched_words_marked()
    {
        // When a reader types a query in the box of any page
        var page = await TypeAsync("outsourcing agreement");

        // Then the checklist about it is the first result, its title's words are marked, and the query time is recorded
        Assert.Equal("/checklists/outsourcing-agreement/", (await ResultUrls(page, BoxResults))[0]);
        var marks = await page.EvalOnSelectorAllAsync<string[]>($"{BoxResults} .search-result:first-child .search-result-title mark", "ms => ms.map(m => m.textContent)");
        Assert.Equal(["Outsourcing", "agreement"], marks);
        Assert.NotNull(await page.GetAttributeAsync(BoxResults, "data-search-ms"));
    }

    [Theory]
    [InlineData("outsorcing", "/checklists/outsourcing-agreement/")]
    [InlineData("vanity metrics", "/articles/why-before-what/")]
    [InlineData("interim consul", "/articles/interim-consultant/")]
    public async Task Typos_and_unfinished_words_find_the_same_page_as_the_build_time_ranking_tests(string query, string expected)
    {
        var page = await TypeAsync(query);
        Assert.Equal(expected, (await ResultUrls(page, BoxResults))[0]);
    }

    [Fact]
    public async Task A_checklist_item_is_listed_under_its_page_and_links_to_its_checkbox()
    {
        // When a reader types the words of one checklist item
        var page = await TypeAsync("private messages comments and reviews");

        // Then the checklist comes first, with the item listed under it as a link to the item's anchor, which the page has
        var first = $"{BoxResults} .search-result:first-child";
        var href = await page.GetAttributeAsync($"{first} .search-part a", "href");
        Assert.Equal("/checklists/outsourcing-agreement/#check-agree-who-answers-private-messages-comments-f194cf", href);
        Assert.Contains("Agree who answers private messages", await page.TextContentAsync($"{first} .search-part-heading"));
        await Task.WhenAll(page.WaitForURLAsync(u => u.EndsWith(href!, StringComparison.Ordinal)), page.ClickAsync($"{first} .search-part a"));
        Assert.True(await page.IsVisibleAsync("#check-agree-who-answers-private-messages-comments-f194cf"));
    }

    [Theory]
    [InlineData("scapegoat")]
    [InlineData("patchwork of suppliers")]
    [InlineData("library twitter")]
    public async Task Every_snippet_shows_a_word_that_was_searched(string query)
    {
        // When a reader searches for words found deep in a page
        var page = await TypeAsync(query);
        await page.WaitForSelectorAsync($"{BoxResults} .search-result");

        // Then each result's snippet marks at least one of them
        var marked = await page.EvalOnSelectorAllAsync<int[]>($"{BoxResults} .search-result > a .search-result-snippet", "ss => ss.map(s => s.querySelectorAll('mark').length)");
        Assert.NotEmpty(marked);
        Assert.All(marked, n => Assert.True(n > 0));
    }

    [Theory]
    [InlineData("followup")]
    [InlineData("follow-up")]
    public async Task A_compound_finds_its_hyphenated_and_joined_spellings(string query)
    {
        // When the reader writes the compound as one word or hyphenated
        var page = await TypeAsync(query);
        await page.WaitForSelectorAsync($"{BoxResults} .search-result");

        // Then the item "Agree one follow-up check" is found, its "follow-up" marked
        Assert.Equal("/checklists/handover-readiness/", (await ResultUrls(page, BoxResults))[0]);
        Assert.Contains("follow-up", await page.EvalOnSelectorAllAsync<string[]>($"{BoxResults} .search-result:first-child mark", "ms => ms.map(m => m.textContent)"));
    }

    [Fact]
    public async Task The_home_page_which_only_lists_pages_comes_after_every_page_of_content()
    {
        // When a reader searches for words the home page's lists share with the pages they link to
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/search/?q=" + Uri.EscapeDataString("outsourcing agreement"));
        const string panel = "#search-page-q-results";
        await page.WaitForSelectorAsync($"{panel} .search-result");
        var urls = await page.EvalOnSelectorAllAsync<string[]>($"{panel} .search-result > a", "as => as.map(a => new URL(a.href).pathname)");

        // Then the checklist is first and the home page, which links to it, is last
        Assert.Equal("/checklists/outsourcing-agreement/", urls[0]);
        Assert.Equal("/", urls[^1]);
    }

    [Fact]
    public async Task Slash_focuses_the_box_arrows_walk_the_results_enter_opens_one_and_escape_clears()
    {
        // Given a page, with focus on the body
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/about/");

        // When the reader presses "/" and types
        await page.Keyboard.PressAsync("/");
        Assert.Equal("search-box-q", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync("handover");
        await page.WaitForSelectorAsync($"{BoxResults} .search-result");

        // Then ArrowDown moves to the first result, ArrowUp back to the box, and Escape empties and closes it
        await page.Keyboard.PressAsync("ArrowDown");
        var first = (await ResultUrls(page, BoxResults))[0];
        Assert.Equal(first, await page.EvaluateAsync<string>("new URL(document.activeElement.href).pathname"));
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("search-box-q", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("", await page.InputValueAsync(Box));
        Assert.True(await page.IsHiddenAsync(BoxResults));

        // And Enter on a result opens it
        await page.Keyboard.TypeAsync("handover");
        await page.WaitForSelectorAsync($"{BoxResults} .search-result");
        await page.Keyboard.PressAsync("ArrowDown");
        await Task.WhenAll(page.WaitForURLAsync(u => new Uri(u).AbsolutePath == first), page.Keyboard.PressAsync("Enter"));
    }

    [Fact]
    public async Task The_results_page_works_when_opened_directly_and_filters_by_stage_and_kind()
    {
        // Given /search/?q=client opened directly
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/search/?q=client");
        const string panel = "#search-page-q-results";
        await page.WaitForSelectorAsync($"{panel} .search-result");
        Assert.Equal("client", await page.InputValueAsync("#search-page-q"));
        var all = await ResultUrls(page, panel);

        // When the reader picks the kind "checklist"
        await page.SelectOptionAsync($"{panel} select[name=kind]", "checklist");
        await page.WaitForFunctionAsync("() => location.search.includes('kind=checklist')");
        await page.WaitForFunctionAsync($"() => [...document.querySelectorAll('{panel} .search-result a')].every(a => a.pathname.startsWith('/checklists/'))");
        var checklists = await ResultUrls(page, panel);

        // Then only checklists are listed, and fewer than before
        Assert.NotEmpty(checklists);
        Assert.True(checklists.Length < all.Length);
        Assert.All(checklists, u => Assert.StartsWith("/checklists/", u));

        // When the reader also picks the stage "thought-leadership"
        await page.SelectOptionAsync($"{panel} select[name=stage]", "thought-leadership");
        await page.WaitForFunctionAsync("() => location.search.includes('stage=thought-leadership')");
        await page.WaitForFunctionAsync($"() => [...document.querySelectorAll('{panel} .search-result-meta')].every(m => m.textContent.includes('Thought leadership'))");

        // Then every result shown belongs to that stage, and reopening the URL keeps both filters
        await page.ReloadAsync();
        await page.WaitForSelectorAsync($"{panel} .search-status");
        Assert.Equal("checklist", await page.InputValueAsync($"{panel} select[name=kind]"));
        Assert.Equal("thought-leadership", await page.InputValueAsync($"{panel} select[name=stage]"));
    }

    [Fact]
    public async Task Markup_in_a_query_is_shown_as_text_and_never_runs()
    {
        // Given a page that would record any dialog
        var page = await site.NewPageAsync();
        var dialogs = 0;
        page.Dialog += async (_, d) => { dialogs++; await d.DismissAsync(); };
        await page.GotoAsync(site.BaseUrl + "/search/?q=" + Uri.EscapeDataString("<img src=x onerror=alert(1)>"));

        // When the query is searched, on the results page and in the header box
        const string panel = "#search-page-q-results";
        await page.WaitForSelectorAsync($"{panel} .search-status");
        await page.FillAsync(Box, "<img src=x onerror=alert(1)> handover");
        await page.WaitForSelectorAsync($"{BoxResults} .search-status");
        await page.WaitForTimeoutAsync(300);

        // Then no element was made from it, the text is shown as typed, and no script ran
        Assert.Equal(0, await page.Locator("main img, .search-panel img").CountAsync());
        Assert.Contains("<img src=x onerror=alert(1)>", await page.TextContentAsync($"{panel} .search-status"));
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task Without_javascript_the_box_is_a_form_to_the_results_page_which_says_search_needs_it()
    {
        // Given a browser with JavaScript off
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync(site.BaseUrl + "/about/");

        // When the reader submits the header box
        await page.FillAsync(Box, "handover");
        await Task.WhenAll(page.WaitForURLAsync(u => u.Contains("/search/?q=handover")), page.PressAsync(Box, "Enter"));

        // Then they land on /search/?q=handover, which explains that search needs JavaScript
        Assert.EndsWith("/search/?q=handover", page.Url);
        Assert.Contains("Search needs JavaScript", await page.TextContentAsync("main"));
    }
}
