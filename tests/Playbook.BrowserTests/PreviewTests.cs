using Microsoft.Playwright;
using Playbook.Cli.Preview;
using Playbook.Pipeline;

namespace Playbook.BrowserTests;

/// <summary>'playbook preview' in a real browser: a copy of the default playbook, edited while tabs are open on it.</summary>
[Collection(SiteCollection.Name)]
public sealed class PreviewTests(SiteFixture site) : IAsyncLifetime
{
    private const string Article = "articles/why-before-what.md";
    private static readonly float Patience = 30_000;

    private readonly string _root = Directory.CreateTempSubdirectory("playbook-preview-browser-").FullName;
    private readonly StringWriter _log = new();
    private PreviewSession _session = null!;

    private string Input => Path.Combine(_root, "input");

    private string Url(string path) => $"http://127.0.0.1:{_session.Port}{path}";

    public async Task InitializeAsync()
    {
        var repo = SiteFixture.FindRoot();
        SiteFixture.CopyInput(Input);
        _session = await PreviewSession.StartAsync(new PreviewSettings(Input, Path.Combine(repo, "theme"), new BuildOptions(), Port: 0), TextWriter.Synchronized(_log));
    }

    public async Task DisposeAsync()
    {
        await _session.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    private async Task SaveAsync(string path, Func<string, string> edit)
    {
        var full = Path.Combine(Input, path);
        await File.WriteAllTextAsync(full, edit(await File.ReadAllTextAsync(full)));
    }

    [Fact]
    public async Task A_saved_edit_reloads_the_tab_on_that_page_and_leaves_tabs_on_other_pages_alone()
    {
        // Given one tab on the article and one on another page, marked so a reload would show
        var article = await site.NewPageAsync();
        await article.GotoAsync(Url("/articles/why-before-what/"));
        var other = await site.NewPageAsync();
        await other.GotoAsync(Url("/articles/speak-for-yourself/"));
        await other.EvaluateAsync("() => { window.notReloaded = true; }");

        // When the article's body is edited and saved, twice
        await SaveAsync(Article, text => text + "\nA first sentence added in preview.\n");
        await article.GetByText("A first sentence added in preview.").WaitForAsync(new() { Timeout = Patience });
        await SaveAsync(Article, text => text + "\nA second sentence added in preview.\n");
        await article.GetByText("A second sentence added in preview.").WaitForAsync(new() { Timeout = Patience });

        // Then the article's tab reloaded by itself each time, and the other tab never did
        Assert.True(await other.EvaluateAsync<bool>("() => window.notReloaded === true"));
    }

    [Fact]
    public async Task A_bad_save_shows_the_errors_in_the_tab_and_the_fix_brings_the_page_back()
    {
        // Given a tab on the article
        var article = await site.NewPageAsync();
        await article.GotoAsync(Url("/articles/why-before-what/"));
        var original = await File.ReadAllTextAsync(Path.Combine(Input, Article));

        // When a save names a stage that does not exist
        await SaveAsync(Article, text => text.Replace("stages: [tactical, strategic]", "stages: [tactical, stratgic]"));

        // Then the tab shows the error with its file, line and rule
        await article.GetByText("The build failed").WaitForAsync(new() { Timeout = Patience });
        var overlay = await article.Locator("main").InnerTextAsync();
        Assert.Contains("articles/why-before-what.md(5,", overlay);
        Assert.Contains("PB0103", overlay);

        // When the file is fixed
        await File.WriteAllTextAsync(Path.Combine(Input, Article), original);

        // Then the article comes back by itself
        await article.Locator("h1", new() { HasText = "Why before what" }).WaitForAsync(new() { Timeout = Patience });
        Assert.DoesNotContain("The build failed", await article.ContentAsync());
    }
}
