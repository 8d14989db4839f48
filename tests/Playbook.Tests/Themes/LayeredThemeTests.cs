using System.Text;
using Playbook.Files;
using Playbook.Pipeline;
using Playbook.Tests.Support;
using Playbook.Themes;

namespace Playbook.Tests.Themes;

public class LayeredThemeTests
{
    [Fact]
    public void The_built_in_theme_holds_every_file_of_the_repository_theme_byte_for_byte()
    {
        // Given the repository's theme folder
        var disk = TestSite.Theme;

        // When the built-in theme is listed
        var builtIn = BuiltInTheme.Instance;

        // Then it has the same files with the same bytes
        Assert.Equal(disk.Paths, builtIn.Paths);
        Assert.All(disk.Paths, p => Assert.Equal(disk.Read(p).Bytes, builtIn.Read(p).Bytes));
    }

    [Fact]
    public async Task A_site_built_with_the_built_in_theme_is_identical_to_one_built_with_the_theme_folder()
    {
        var files = TestSite.Minimal(("articles/a.md", "---\ntitle: A\nstages: [tactical]\n---\nBody.\n"));

        var fromDisk = await Engine.BuildAsync(MemoryFileSet.FromText(files), TestSite.Theme, new BuildOptions { Today = TestSite.Today }, Pipelines.Default());
        var builtIn = await Engine.BuildAsync(MemoryFileSet.FromText(files), BuiltInTheme.Instance, new BuildOptions { Today = TestSite.Today }, Pipelines.Default());

        Assert.True(builtIn.Succeeded, TestSite.Errors(builtIn));
        Assert.Equal(fromDisk.Files.Select(f => (f.Path, Encoding.UTF8.GetString(f.Bytes))), builtIn.Files.Select(f => (f.Path, Encoding.UTF8.GetString(f.Bytes))));
    }

    /// <remarks>The base layout still wraps the article's own.</remarks>
    [Fact]
    public async Task Overriding_one_layout_changes_only_the_pages_that_use_it()
    {
        // Given a playbook whose own theme has one layout, the article's
        var files = TestSite.Minimal(("articles/a.md", "---\ntitle: A\nstages: [tactical]\n---\nBody.\n"));
        var own = MemoryFileSet.FromText(new Dictionary<string, string> { ["layouts/article.liquid"] = "<p>Own article layout: {{ page.title }}</p>" });
        var plain = await Engine.BuildAsync(MemoryFileSet.FromText(files), BuiltInTheme.Instance, new BuildOptions { Today = TestSite.Today }, Pipelines.Default());

        // When it is built over the built-in theme
        var layered = await Engine.BuildAsync(MemoryFileSet.FromText(files), new LayeredTheme(own, BuiltInTheme.Instance), new BuildOptions { Today = TestSite.Today }, Pipelines.Default());

        // Then the article shows the own layout and every other file is as the built-in theme makes
        // it, but for the service worker, whose version is a hash of every other file
        Assert.True(layered.Succeeded, TestSite.Errors(layered));
        Assert.Contains("<p>Own article layout: A</p>", Text(layered, "articles/a/index.html"));
        Assert.DoesNotContain("page-article", Text(layered, "articles/a/index.html"));
        var changed = plain.Files.Where(f => Text(layered, f.Path) != Encoding.UTF8.GetString(f.Bytes)).Select(f => f.Path).ToList();
        Assert.Equal(["articles/a/index.html", "sw.js"], changed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_own_asset_replaces_the_built_in_one_and_a_new_one_is_added()
    {
        var own = MemoryFileSet.FromText(new Dictionary<string, string> { ["assets/css/site.css"] = "body{}", ["assets/img/logo.svg"] = "<svg/>" });

        var theme = new LayeredTheme(own, BuiltInTheme.Instance);

        Assert.Equal("body{}", Encoding.UTF8.GetString(theme.Read("assets/css/site.css").Bytes!));
        Assert.Contains("assets/img/logo.svg", theme.Paths);
        Assert.Equal(BuiltInTheme.Instance.Paths.Count + 1, theme.Paths.Count);
        Assert.Equal(theme.Paths.Order(StringComparer.Ordinal), theme.Paths);
    }

    private static string Text(BuildResult result, string path) => Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Bytes);
}
