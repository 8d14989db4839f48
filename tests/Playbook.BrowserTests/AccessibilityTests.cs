using AngleSharp.Html.Parser;
using Microsoft.Playwright;

namespace Playbook.BrowserTests;

/// <summary>
/// WCAG 2.2 AA as the web checks it: axe-core on every page kind in both colour schemes,
/// headings in order, and a keyboard-only reader getting from the top of a page to its content.
/// </summary>
[Collection(SiteCollection.Name)]
public class AccessibilityTests(SiteFixture site)
{
    private static readonly Lazy<string> AxeSource = new(() => File.ReadAllText(PageKinds.NodeTool("axe-core/axe.min.js")));

    /// <summary>axe's rules for WCAG 2.0–2.2 A and AA, plus its best practices (landmarks, heading order).</summary>
    private const string RunAxe = """
        () => axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
          .then(r => r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')))
        """;

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Axe_finds_no_violations_on_any_page_kind(string scheme)
    {
        // Given axe-core loaded into every page (as an init script, which the page's CSP does not govern)
        var page = await site.NewPageAsync(colorScheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await page.AddInitScriptAsync(AxeSource.Value);
        var problems = new List<string>();
        foreach (var url in PageKinds.OneUrlPerKind(site))
        {
            // When axe checks one page of each kind in the scheme
            await page.GotoAsync(site.BaseUrl + url);
            var violations = await page.EvaluateAsync<string[]>(RunAxe);

            // Then it reports nothing
            problems.AddRange(violations.Select(v => $"{url} ({scheme}): {v}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_page_has_one_h1_and_never_skips_a_heading_level()
    {
        // Given every page of the site
        var parser = new HtmlParser();
        var problems = new List<string>();
        foreach (var url in site.PageUrls)
        {
            // When its headings are read in document order
            var levels = parser.ParseDocument(PageKinds.Html(site, url)).QuerySelectorAll("h1, h2, h3, h4, h5, h6")
                .Select(h => h.LocalName[1] - '0').ToList();

            // Then it opens with its only h1 and each heading goes at most one level deeper than the last
            if (levels.Count(l => l == 1) != 1 || levels.FirstOrDefault() != 1) problems.Add($"{url}: headings {string.Join(",", levels)} do not open with one h1");
            for (var i = 1; i < levels.Count; i++)
                if (levels[i] > levels[i - 1] + 1) problems.Add($"{url}: h{levels[i - 1]} is followed by h{levels[i]}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Tab_from_the_top_reaches_the_skip_link_then_the_navigation_then_the_content()
    {
        // Given a keyboard-only reader on an article
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/articles/interim-consultant/");

        // When they press Tab until focus enters the main content
        var regions = new List<string>();
        for (var i = 0; i < 30 && regions.LastOrDefault() != "main"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            regions.Add(await FocusedRegion(page));
        }

        // Then the skip link comes first, the site navigation next, and the content after it
        Assert.Equal("skip", regions[0]);
        Assert.Contains("nav", regions);
        Assert.Equal("main", regions[^1]);
        Assert.True(regions.IndexOf("nav") < regions.IndexOf("main"), string.Join(" → ", regions));
    }

    [Fact]
    public async Task Enter_on_the_skip_link_moves_focus_to_the_main_content()
    {
        // Given a keyboard-only reader who tabbed to the skip link
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/articles/interim-consultant/");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.Locator(".skip-link").IsVisibleAsync());

        // When they press Enter, then Tab once more
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("Tab");

        // Then focus went to main, and the next stop is inside it rather than back in the header
        Assert.Equal("main", await FocusedRegion(page));
    }

    [Theory]
    [InlineData("/checklists/")]
    [InlineData("/guides/")]
    public async Task The_keyboard_alone_reaches_checklists_and_guides(string section)
    {
        // Given a keyboard-only reader on the home page
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/");

        // When they Tab to the section's link in the navigation and press Enter
        for (var i = 0; i < 30 && await page.EvaluateAsync<string?>("document.activeElement.getAttribute('href')") != section; i++)
            await page.Keyboard.PressAsync("Tab");
        Assert.Equal(section, await page.EvaluateAsync<string?>("document.activeElement.getAttribute('href')"));
        var arrived = page.WaitForURLAsync(site.BaseUrl + section);
        await page.Keyboard.PressAsync("Enter");
        await arrived;

        // Then they are on the section, and can Tab on to its first page
        for (var i = 0; i < 40 && await FocusedRegion(page) != "main"; i++) await page.Keyboard.PressAsync("Tab");
        var href = await page.EvaluateAsync<string?>("document.activeElement.getAttribute('href')");
        Assert.StartsWith(section, href ?? "");
    }

    private static Task<string> FocusedRegion(IPage page) => page.EvaluateAsync<string>("""
        (() => {
          const a = document.activeElement;
          if (a.matches('.skip-link')) return 'skip';
          if (a.closest('.site-nav')) return 'nav';
          if (a.closest('main')) return 'main';
          if (a.closest('header')) return 'header';
          return a.tagName.toLowerCase();
        })()
        """);
}
