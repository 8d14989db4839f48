using System.Globalization;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Playbook.BrowserTests;

/// <summary>
/// How the theme looks and weighs: light and dark schemes (system setting and the remembered
/// toggle), print media, phone widths, and the bytes an article page costs.
/// </summary>
[Collection(SiteCollection.Name)]
public class ThemeTests(SiteFixture site, ITestOutputHelper output)
{
    public const int ArticleBudgetBytes = 40 * 1024;
    public const int GuideBudgetBytes = 60 * 1024;
    private const string ArticleUrl = "/articles/interim-consultant/";

    [Fact]
    public void An_article_page_with_the_css_and_js_it_loads_weighs_under_40_KB()
    {
        // Given one page of each kind, and every article
        var weights = PageKinds.OneUrlPerKind(site).Select(url => (Kind: PageKinds.KindOf(site, url), Url: url, Bytes: Weight(url))).ToList();
        foreach (var w in weights) output.WriteLine($"{w.Kind,-10} {w.Bytes,7:N0} B  {w.Url}");
        var articles = site.Build.Pages.Where(p => p.Kind == "article" && !p.IsAsset).Select(p => p.Url).ToList();

        // When each article's HTML, stylesheets and scripts are added up (uncompressed)
        var heaviest = articles.Select(url => (Url: url, Bytes: Weight(url))).MaxBy(a => a.Bytes);

        // Then the heaviest stays under the budget
        Assert.NotEmpty(articles);
        Assert.True(heaviest.Bytes < ArticleBudgetBytes, $"{heaviest.Url} weighs {heaviest.Bytes} bytes, over {ArticleBudgetBytes}");
    }

    [Fact]
    public void A_guide_page_with_its_flowchart_and_the_css_and_js_it_loads_weighs_under_60_KB()
    {
        // Given every guide, each drawn as a flowchart
        var guides = site.Build.Pages.Where(p => p.Kind == "guide" && !p.IsAsset).Select(p => p.Url).ToList();
        Assert.NotEmpty(guides);
        Assert.All(guides, url => Assert.Contains("<svg class=\"flowchart\"", PageKinds.Html(site, url)));

        // When each one's HTML, stylesheets and scripts are added up (uncompressed)
        var weights = guides.Select(url => (Url: url, Bytes: Weight(url))).ToList();
        foreach (var w in weights) output.WriteLine($"guide {w.Bytes,7:N0} B  {w.Url}");

        // Then the heaviest stays under the budget
        var heaviest = weights.MaxBy(w => w.Bytes);
        Assert.True(heaviest.Bytes < GuideBudgetBytes, $"{heaviest.Url} weighs {heaviest.Bytes} bytes, over {GuideBudgetBytes}");
    }

    [Theory]
    [InlineData("light", false)]
    [InlineData("dark", true)]
    public async Task The_page_follows_the_system_colour_scheme(string scheme, bool expectDark)
    {
        // Given a reader whose system asks for the scheme
        var page = await site.NewPageAsync(colorScheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);

        // When they open an article
        await page.GotoAsync(site.BaseUrl + ArticleUrl);

        // Then the background matches it
        Assert.Equal(expectDark, IsDark(await BackgroundOf(page)));
    }

    [Fact]
    public async Task The_theme_toggle_switches_the_scheme_and_is_remembered_on_the_next_page()
    {
        // Given a reader on a light system, on an article
        var page = await site.NewPageAsync(colorScheme: ColorScheme.Light);
        await page.GotoAsync(site.BaseUrl + ArticleUrl);
        var toggle = page.Locator(".theme-toggle");
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-pressed"));

        // When they press the toggle, then open another page
        await toggle.ClickAsync();
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-pressed"));
        Assert.True(IsDark(await BackgroundOf(page)));
        await page.GotoAsync(site.BaseUrl + "/");

        // Then the dark scheme holds there too, and the toggle says so
        Assert.Equal("dark", await page.EvaluateAsync<string>("document.documentElement.dataset.theme"));
        Assert.True(IsDark(await BackgroundOf(page)));
        Assert.Equal("true", await page.Locator(".theme-toggle").GetAttributeAsync("aria-pressed"));
    }

    [Fact]
    public async Task Without_javascript_the_toggle_is_hidden_and_the_page_still_reads()
    {
        // Given a reader with JavaScript off
        var page = await site.NewPageAsync(javaScript: false);

        // When they open an article
        await page.GotoAsync(site.BaseUrl + ArticleUrl);

        // Then there is no toggle that would do nothing, and the content is there
        Assert.False(await page.Locator(".theme-toggle").IsVisibleAsync());
        Assert.True(await page.Locator("main h1").IsVisibleAsync());
    }

    [Fact]
    public void The_stored_theme_is_applied_by_a_blocking_script_in_head_before_the_stylesheet()
    {
        // Given an article's HTML
        var document = new HtmlParser().ParseDocument(PageKinds.Html(site, ArticleUrl));

        // When the head's theme script is found
        var script = document.Head!.QuerySelector("script[src*='/theme.']");

        // Then it is neither deferred nor async, so the theme is set before the first paint
        Assert.NotNull(script);
        Assert.False(script!.HasAttribute("defer") || script.HasAttribute("async") || script.GetAttribute("type") == "module");
    }

    [Fact]
    public async Task Print_media_hides_navigation_and_keeps_the_content()
    {
        // Given an article
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + ArticleUrl);

        // When it is rendered for print
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        // Then the site navigation, contents list and toggle are gone, and the article stays
        Assert.False(await page.Locator(".site-nav").IsVisibleAsync());
        Assert.False(await page.Locator(".toc").IsVisibleAsync());
        Assert.False(await page.Locator(".theme-toggle").IsVisibleAsync());
        Assert.True(await page.Locator("main .prose").IsVisibleAsync());
    }

    [Theory]
    [InlineData(320)]
    [InlineData(375)]
    public async Task No_page_scrolls_sideways_on_a_phone(int width)
    {
        // Given a phone-sized viewport
        var page = await site.NewPageAsync(viewport: new ViewportSize { Width = width, Height = 720 });
        var problems = new List<string>();
        foreach (var url in site.PageUrls)
        {
            // When each page is opened
            await page.GotoAsync(site.BaseUrl + url);

            // Then the document is no wider than the viewport
            var size = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            if (size[0] > size[1]) problems.Add($"{url}: scrollWidth {size[0]} > clientWidth {size[1]}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// A busy phone parses slowly, and Chromium then paints a half-parsed page; whatever arrives next
    /// (the rest of the header, a select's options, the contents list that turns the page into a grid)
    /// moves what was painted. On a fast machine that happens now and then; slowing the CPU twentyfold
    /// makes it happen on every load, so the test fails every time rather than once in a while.
    /// </summary>
    private const int CpuSlowdown = 20;

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task No_page_kind_shifts_its_layout_while_it_loads(int width)
    {
        // Given a reader on a slow device with JavaScript on (late scripts and late-parsed markup both shift a page)
        var page = await site.NewPageAsync(viewport: new ViewportSize { Width = width, Height = 800 });
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = CpuSlowdown });
        var problems = new List<string>();
        foreach (var url in PageKinds.OneUrlPerKind(site))
        {
            // When one page of each kind has loaded and its scripts have run
            await page.GotoAsync(site.BaseUrl + url);
            var shift = await page.EvaluateAsync<double>(LayoutShiftSoFar);

            // Then nothing on it moved at all
            if (shift > 0) problems.Add($"{url}: layout shift {shift:0.0000}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The summed layout-shift entries the browser recorded for the page (the CLS figure, unwindowed).</summary>
    private const string LayoutShiftSoFar = """
        () => new Promise(resolve => {
          let total = 0;
          new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value; })
            .observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 100);
        })
        """;

    private long Weight(string url)
    {
        var html = PageKinds.File(site, url);
        var document = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(html));
        var loaded = document.QuerySelectorAll("link[rel~='stylesheet'][href], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Distinct();
        return html.Length + loaded.Sum(asset => (long)PageKinds.File(site, asset).Length);
    }

    private static Task<string> BackgroundOf(IPage page) =>
        page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");

    /// <summary>Relative luminance under 0.2 reads as a dark background ('rgb(17, 20, 24)').</summary>
    private static bool IsDark(string rgb)
    {
        var channels = rgb[(rgb.IndexOf('(') + 1)..rgb.IndexOf(')')].Split(',').Take(3)
            .Select(c => double.Parse(c, CultureInfo.InvariantCulture) / 255)
            .Select(c => c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4))
            .ToArray();
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2] < 0.2;
    }
}
