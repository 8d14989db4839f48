using System.Text;
using Playbook.Pipeline;
using Playbook.Tests.Support;

namespace Playbook.Tests.Search;

public class BuildSearchIndexTests
{
    private static IEnumerable<string> IndexedUrls(BuildResult result)
    {
        var search = ReferenceSearch.From(result);
        return Enumerable.Range(0, search.Manifest.GetProperty("documents").GetInt32()).Select(i => search.Document(i).GetProperty("url").GetString()!);
    }

    [Fact]
    public async Task Every_written_page_is_indexed_but_drafts_internal_pages_lists_and_the_404_are_not()
    {
        // Given a site with an article, a draft, an internal page and a 404 page
        var result = await TestSite.BuildAsync(TestSite.Minimal(
            ("articles/pricing.md", "---\ntitle: Pricing\n---\nHow to price.\n"),
            ("articles/secret.md", "---\ntitle: Secret\ndraft: true\n---\nDraft.\n"),
            ("articles/staff.md", "---\ntitle: Staff\naudience: internal\n---\nInternal.\n"),
            ("404.md", "---\ntitle: Not found\n---\nNothing here.\n")));
        Assert.True(result.Succeeded, TestSite.Errors(result));

        // When its index is read
        var urls = IndexedUrls(result).ToList();

        // Then it holds the authored public pages only
        Assert.Equal(["/", "/articles/pricing/", "/stages/strategic/", "/stages/tactical/"], urls);
    }

    [Fact]
    public async Task The_search_page_is_a_get_form_that_says_search_needs_javascript()
    {
        // When the default playbook is built
        var result = await TestSite.BuildDefaultAsync();

        // Then /search/ has a GET form for q and a message for readers without JavaScript
        var html = TestSite.Html(result, "search/index.html");
        var form = html.QuerySelector("main form[data-search=page]")!;
        Assert.Equal("/search/", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[name=q][type=search]"));
        Assert.Contains("Search needs JavaScript", html.QuerySelector("main noscript")!.TextContent);
    }

    [Fact]
    public async Task Every_page_has_the_search_box_in_its_header()
    {
        // When the default playbook is built
        var result = await TestSite.BuildDefaultAsync();

        // Then every HTML page has the header's search form, labelled, going to /search/
        // (the web editor under admin/ is Decap's page, not the theme's)
        var pages = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !f.Path.StartsWith("admin/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var html = TestSite.Html(result, page.Path);
            var form = html.QuerySelector("header form.search-box[action='/search/']");
            Assert.True(form is not null, $"{page.Path} has no search box");
            Assert.NotNull(html.QuerySelector("label[for=search-box-q]"));
        }
    }

    [Fact]
    public async Task Two_builds_write_the_same_index_byte_for_byte()
    {
        // When the default playbook is built twice
        var first = await TestSite.BuildDefaultAsync();
        var second = await TestSite.BuildDefaultAsync();

        // Then the search files are identical
        static List<(string, string)> Index(BuildResult r) => r.Files.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal))
            .Select(f => (f.Path, Encoding.UTF8.GetString(f.Bytes))).ToList();
        Assert.Equal(Index(first), Index(second));
    }
}
