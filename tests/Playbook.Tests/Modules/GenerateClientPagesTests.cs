using Playbook.Modules;
using Playbook.Tests.Support;

namespace Playbook.Tests.Modules;

public class GenerateClientPagesTests
{
    [Theory]
    [InlineData(GenerateClientPages.DashboardUrl, "clients/index.html")]
    [InlineData(GenerateClientPages.ReportUrl, "clients/report/index.html")]
    public async Task The_client_pages_are_built_with_their_script_and_say_without_javascript_what_they_are_for(string url, string file)
    {
        // Given a small site; When it is built
        var result = await TestSite.BuildAsync(TestSite.Minimal(("articles/a.md", "---\ntitle: A\n---\nText.\n")));
        Assert.True(result.Succeeded, TestSite.Errors(result));

        // Then the page is there, its tools hidden until the script runs, and its text says it needs JavaScript
        var html = TestSite.Html(result, file);
        Assert.Contains(result.Pages, p => p.Url == url);
        Assert.Contains("needs JavaScript", html.QuerySelector("[data-clients-nojs]")!.TextContent);
        Assert.True(html.QuerySelector("[data-clients-tools]")!.HasAttribute("hidden"));
        Assert.Contains(html.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.StartsWith("/assets/js/clients-dashboard.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_page_carries_the_client_switcher_and_its_link_to_the_dashboard()
    {
        var result = await TestSite.BuildAsync(TestSite.Minimal(("articles/a.md", "---\ntitle: A\n---\nText.\n")));
        var html = TestSite.Html(result, "articles/a/index.html");
        Assert.NotNull(html.QuerySelector("[data-stage-picker] [data-client-switcher] select#client-switcher-select"));
        Assert.Equal(GenerateClientPages.DashboardUrl, html.QuerySelector("[data-client-switcher] a")!.GetAttribute("href"));
    }
}
