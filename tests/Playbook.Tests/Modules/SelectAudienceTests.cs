using Playbook.Model;
using Playbook.Pipeline;
using Playbook.Tests.Support;

namespace Playbook.Tests.Modules;

public class SelectAudienceTests
{
    private static readonly Dictionary<string, string> Site = TestSite.Minimal(
        ("articles/draft.md", "---\ntitle: Draft\ndraft: true\n---\nSoon.\n"),
        ("articles/internal.md", "---\ntitle: Internal\naudience: internal\n---\nOur rates.\n"),
        ("articles/public.md", "---\ntitle: Public\n---\nFor everyone.\n"));

    [Theory]
    [InlineData(false, Audiences.Public, new[] { "public" })]
    [InlineData(true, Audiences.Public, new[] { "draft", "public" })]
    [InlineData(false, Audiences.Internal, new[] { "internal", "public" })]
    [InlineData(true, Audiences.Internal, new[] { "draft", "internal", "public" })]
    public async Task Drafts_and_internal_pages_are_built_only_when_asked_for(bool drafts, string audience, string[] built)
    {
        // Given a draft, an internal and a public article
        // When the site is built with the given options
        var result = await TestSite.BuildAsync(Site, new BuildOptions { Today = TestSite.Today, IncludeDrafts = drafts, Audience = audience });

        // Then exactly the pages asked for are written, and none of the others is listed
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var articles = result.Files.Select(f => f.Path).Where(p => p.StartsWith("articles/") && p.EndsWith("/index.html") && p != "articles/index.html");
        Assert.Equal(built.Select(id => $"articles/{id}/index.html"), articles.Order(StringComparer.Ordinal));
        var list = TestSite.Html(result, "articles/index.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/articles/public/", list);
        Assert.DoesNotContain(new[] { "draft", "internal", "public" }.Except(built), id => list.Contains($"/articles/{id}/"));
    }

    [Fact]
    public async Task A_public_page_linking_an_internal_page_is_an_error_at_the_link()
    {
        // Given a public page that links an internal one on line 4
        var site = new Dictionary<string, string>(Site) { ["articles/public.md"] = "---\ntitle: Public\n---\nSee [rates](xref:internal).\n" };

        // When the public site is built
        var result = await TestSite.BuildAsync(site);

        // Then the link is the one error, and says what to do
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("articles/public.md(4,5): error PB0204: links to 'internal', which is an internal page and not part of this build; remove the link or publish the page", d.ToString());
    }
}
