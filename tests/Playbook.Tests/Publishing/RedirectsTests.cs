using System.Text;
using Playbook.Tests.Support;

namespace Playbook.Tests.Publishing;

public class RedirectsTests
{
    private static Dictionary<string, string> Site() => TestSite.Minimal(
        ("articles/new-name.md", "---\ntitle: New <name>\naliases: [/old-name/, /articles/Older Name]\n---\nText.\n"),
        ("articles/plain.md", "---\ntitle: Plain\n---\nText.\n"));

    [Fact]
    public async Task Each_alias_becomes_a_forced_301_line_of_the_netlify_redirects_file()
    {
        // Given a page with two aliases, one written loosely
        // When the site is built
        var result = await TestSite.BuildAsync(Site());
        // Then _redirects sends each normalised alias to the page, forced past the redirect page that exists there
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var lines = Encoding.UTF8.GetString(Assert.Single(result.Files, f => f.Path == "_redirects").Bytes);
        Assert.Equal("/articles/older-name/ /articles/new-name/ 301!\n/old-name/ /articles/new-name/ 301!\n", lines);
    }

    [Fact]
    public async Task Each_alias_gets_a_redirect_page_that_works_without_script()
    {
        var result = await TestSite.BuildAsync(Site());
        var doc = TestSite.Html(result, "old-name/index.html");
        Assert.Equal("0; url=/articles/new-name/", doc.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
        Assert.Equal("https://example.org/articles/new-name/", doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        var link = doc.QuerySelector("body a")!;
        Assert.Equal("/articles/new-name/", link.GetAttribute("href"));
        Assert.Equal("New <name>", link.TextContent);
        Assert.Equal("noindex", doc.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Empty(doc.QuerySelectorAll("script, style, [style]"));
    }

    [Fact]
    public async Task A_site_without_aliases_writes_no_redirects_file()
    {
        var result = await TestSite.BuildAsync(TestSite.Minimal());
        Assert.True(result.Succeeded, TestSite.Errors(result));
        Assert.DoesNotContain(result.Files, f => f.Path == "_redirects");
    }

    [Fact]
    public async Task The_404_page_is_written_where_netlify_serves_it_from()
    {
        var result = await TestSite.BuildDefaultAsync();
        var doc = TestSite.Html(result, "404.html");
        Assert.Equal("Page not found", doc.QuerySelector("h1")?.TextContent);
        Assert.NotNull(doc.QuerySelector("a[href='/stages/']"));
    }
}
