using System.Text;
using System.Text.RegularExpressions;
using Playbook.Admin;
using Playbook.Diagnostics;
using Playbook.Model;
using Playbook.Output;
using Playbook.Pipeline;
using Playbook.Tests.Support;

namespace Playbook.Tests.Admin;

/// <summary>The web editor's files in a build: there by default, left out on request, and in no list of the site's pages.</summary>
public class GenerateAdminTests
{
    private static string File(BuildResult result, string url) =>
        Encoding.UTF8.GetString(result.Files.Single(f => "/" + f.Path == url).Bytes);

    [Fact]
    public async Task The_build_writes_the_editor_page_its_configuration_and_the_preview_styles()
    {
        // Given the default playbook, when it is built
        var result = await TestSite.BuildDefaultAsync();

        // Then the page loads the pinned CMS with its integrity hash and the generated configuration
        var page = TestSite.Html(result, "admin/index.html");
        var cms = Assert.Single(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src") == AdminPage.CmsUrl);
        Assert.Equal(AdminPage.CmsIntegrity, cms.GetAttribute("integrity"));
        Assert.Equal("anonymous", cms.GetAttribute("crossorigin"));
        Assert.Matches(@"/decap-cms@\d+\.\d+\.\d+/", AdminPage.CmsUrl);
        Assert.Equal(GenerateAdmin.ConfigUrl, page.QuerySelector("link[rel=cms-config-url]")!.GetAttribute("href"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        var config = ConfigReader.Load(TestSite.DefaultInput, new DiagnosticList())!;
        Assert.Equal(DecapConfig.Generate(config), File(result, GenerateAdmin.ConfigUrl));

        // And the preview registers the site's own stylesheet under its fingerprinted name
        var preview = File(result, GenerateAdmin.PreviewScriptUrl);
        var styles = Regex.Matches(preview, "CMS\\.registerPreviewStyle\\(\"([^\"]+)\"\\)").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains(styles, s => Regex.IsMatch(s, @"^/assets/css/site\.[0-9a-f]{10}\.css$"));
        Assert.All(styles, s => Assert.Contains(result.Files, f => "/" + f.Path == s));
        // every one of them, so a stylesheet renamed in the theme cannot drop out of the preview unnoticed
        Assert.All(GenerateAdmin.PreviewStyles, path => Assert.Contains(path, TestSite.Theme.Paths));
        Assert.Equal(GenerateAdmin.PreviewStyles.Count, styles.Count);
    }

    [Fact]
    public async Task The_editor_is_in_no_sitemap_search_index_feed_page_list_or_offline_precache()
    {
        var result = await TestSite.BuildDefaultAsync();
        Assert.Contains(result.Files, f => f.Path.StartsWith("admin/", StringComparison.Ordinal));
        foreach (var url in new[] { GenerateSitemap.Url, GenerateFeed.Url, GeneratePlaybookJson.Url })
            Assert.DoesNotContain("/admin/", File(result, url));
        var precache = Regex.Match(File(result, GenerateServiceWorker.Url), "\nconst PRECACHE = (\\[.*\\]);\n").Groups[1].Value;
        Assert.NotEmpty(precache);
        Assert.DoesNotContain("/admin/", precache);
        // And the worker leaves the editor's requests to the network: it must never answer with a kept copy
        Assert.Contains("url.pathname.startsWith(\"/admin/\")", File(result, GenerateServiceWorker.Url));
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("search/", StringComparison.Ordinal) && Encoding.UTF8.GetString(f.Bytes).Contains("/admin/"));
        Assert.DoesNotContain(result.Pages, p => p.Url.StartsWith(GenerateAdmin.Folder, StringComparison.Ordinal) && !p.IsAsset);
    }

    [Fact]
    public async Task Without_the_Admin_option_the_build_writes_no_editor_and_every_other_file_is_the_same()
    {
        var with = await TestSite.BuildDefaultAsync();
        var without = await TestSite.BuildDefaultAsync(new BuildOptions { Today = TestSite.Today, Admin = false });
        Assert.DoesNotContain(without.Files, f => f.Path.StartsWith("admin/", StringComparison.Ordinal));
        // The worker's version is a hash of every file, so it alone differs
        var others = with.Files.Where(f => !f.Path.StartsWith("admin/", StringComparison.Ordinal) && "/" + f.Path != GenerateServiceWorker.Url);
        Assert.Equal(others.Select(f => (f.Path, Convert.ToBase64String(f.Bytes))),
            without.Files.Where(f => "/" + f.Path != GenerateServiceWorker.Url).Select(f => (f.Path, Convert.ToBase64String(f.Bytes))));
    }
}
