using Playbook.Pipeline;
using Playbook.Tests.Support;

namespace Playbook.Tests.Integration;

public class DefaultPlaybookTests
{
    [Fact]
    public async Task Default_playbook_builds_with_no_diagnostics_under_strict()
    {
        var result = await TestSite.BuildDefaultAsync(new BuildOptions { Today = TestSite.Today, Strict = true });
        Assert.True(result.Succeeded, TestSite.Errors(result));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public async Task Every_markdown_file_becomes_a_page_with_the_layout_applied()
    {
        var result = await TestSite.BuildDefaultAsync();
        var markdown = TestSite.DefaultInput.Paths.Where(p => p.EndsWith(".md")).ToList();
        Assert.NotEmpty(markdown);
        foreach (var source in markdown)
        {
            var page = result.Pages.Single(p => p.SourcePath == source);
            var doc = TestSite.Html(result, page.OutputPath);
            Assert.NotNull(doc.QuerySelector("header.site-header"));
            Assert.NotNull(doc.QuerySelector("main#main"));
            Assert.Contains(page.Title, doc.Title);
        }
    }

    [Fact]
    public async Task Headings_have_ids_and_anchor_links()
    {
        var result = await TestSite.BuildDefaultAsync();
        var doc = TestSite.Html(result, "articles/why-before-what/index.html");
        var headings = doc.QuerySelectorAll(".prose h2");
        Assert.NotEmpty(headings);
        Assert.All(headings, h =>
        {
            Assert.False(string.IsNullOrEmpty(h.Id));
            Assert.Equal("#" + h.Id, h.QuerySelector("a.heading-anchor")?.GetAttribute("href"));
        });
    }

    [Fact]
    public async Task Theme_assets_are_copied_under_fingerprinted_names_and_referenced()
    {
        var result = await TestSite.BuildDefaultAsync();
        var css = Assert.Single(result.Files, f => f.Path.StartsWith("assets/css/site.") && f.Path.EndsWith(".css"));
        Assert.Matches(@"^assets/css/site\.[0-9a-f]{10}\.css$", css.Path);
        var doc = TestSite.Html(result, "index.html");
        Assert.Equal("/" + css.Path, doc.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Two_builds_of_the_same_input_are_byte_identical()
    {
        var first = await TestSite.BuildDefaultAsync();
        var second = await TestSite.BuildDefaultAsync();
        Assert.Equal(first.Files.Select(f => f.Path), second.Files.Select(f => f.Path));
        foreach (var (a, b) in first.Files.Zip(second.Files))
            Assert.True(a.Bytes.AsSpan().SequenceEqual(b.Bytes), $"{a.Path} differs between builds");
    }
}
