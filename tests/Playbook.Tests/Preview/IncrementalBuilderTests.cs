using Playbook.Files;
using Playbook.Pipeline;
using Playbook.Preview;
using Playbook.Tests.Support;

namespace Playbook.Tests.Preview;

public class IncrementalBuilderTests
{
    private static readonly BuildOptions Options = new() { Today = TestSite.Today };

    private static Dictionary<string, string> Site() => TestSite.Minimal(
        ("articles/goals.md", "---\ntitle: Goals\nstage: tactical\ntags: [kpi]\n---\nSet goals first.\n"),
        ("articles/metrics.md", "---\ntitle: Metrics\nstage: strategic\n---\nSee [](xref:goals).\n"),
        ("checklists/launch.md", "---\ntitle: Launch\nstage: strategic\n---\n- [ ] Plan\n"));

    [Fact]
    public async Task Editing_one_pages_text_renders_only_that_page_and_matches_a_clean_build()
    {
        // Given a preview that has built the site once
        using var site = new TempSite(Site());
        var builder = new IncrementalBuilder(new DiskFileSet(site.Input), TestSite.Theme, Options);
        var first = await builder.BuildAsync([]);

        // When one article's body changes (a checklist's items would also change its stage's print handout)
        site.Write("articles/goals.md", "---\ntitle: Goals\nstage: tactical\ntags: [kpi]\n---\nSet goals first, then Announce them.\n");
        var second = await builder.BuildAsync([new SiteChange(SiteArea.Input, "articles/goals.md")]);

        // Then only that page is parsed and laid out again, and the site is the one a clean build makes
        Assert.True(second.Result.Succeeded, TestSite.Errors(second.Result));
        Assert.Equal(first.Result.PageCount, first.PagesRendered);
        Assert.Equal(1, second.PagesRendered);
        Assert.Equal(1, second.PagesParsed);
        var clean = await Engine.BuildAsync(new DiskFileSet(site.Input), TestSite.Theme, Options, Pipelines.Default());
        Assert.Equal(clean.Files.Select(f => (f.Path, Text(f))), second.Result.Files.Select(f => (f.Path, Text(f))));
        Assert.Contains("Announce", Text(second.Result.Files.Single(f => f.Path == "articles/goals/index.html")));
    }

    [Fact]
    public async Task Editing_a_page_that_links_to_unchanged_pages_resolves_its_links_to_them()
    {
        // Given a preview that has built the site once
        using var site = new TempSite(Site());
        var builder = new IncrementalBuilder(new DiskFileSet(site.Input), TestSite.Theme, Options);
        await builder.BuildAsync([]);

        // When the page that links to goals is edited (goals itself is kept as it was rendered)
        site.Write("articles/metrics.md", "---\ntitle: Metrics\nstage: strategic\n---\nSee [](xref:goals) and [the launch](xref:launch).\n");
        var second = await builder.BuildAsync([new SiteChange(SiteArea.Input, "articles/metrics.md")]);

        // Then both links resolve, only that page was parsed, and the site is the one a clean build makes
        Assert.True(second.Result.Succeeded, TestSite.Errors(second.Result));
        Assert.Equal(1, second.PagesParsed);
        var clean = await Engine.BuildAsync(new DiskFileSet(site.Input), TestSite.Theme, Options, Pipelines.Default());
        Assert.Equal(clean.Files.Select(f => (f.Path, Text(f))), second.Result.Files.Select(f => (f.Path, Text(f))));
        Assert.Contains("href=\"/checklists/launch/\"", Text(second.Result.Files.Single(f => f.Path == "articles/metrics/index.html")));
    }

    [Fact]
    public async Task Renaming_a_page_renders_again_the_pages_that_list_or_link_to_it()
    {
        // Given a page that another page links to and that section, stage and tag pages list
        using var site = new TempSite(Site());
        var builder = new IncrementalBuilder(new DiskFileSet(site.Input), TestSite.Theme, Options);
        var first = await builder.BuildAsync([]);

        // When its title changes
        site.Write("articles/goals.md", "---\ntitle: Objectives\nstage: tactical\ntags: [kpi]\n---\nSet goals first.\n");
        var second = await builder.BuildAsync([new SiteChange(SiteArea.Input, "articles/goals.md")]);

        // Then the linking page shows the new title, and unrelated pages are not laid out again
        var metrics = Text(second.Result.Files.Single(f => f.Path == "articles/metrics/index.html"));
        Assert.Contains("Objectives", metrics);
        Assert.Contains("Objectives", Text(second.Result.Files.Single(f => f.Path == "tags/kpi/index.html")));
        Assert.InRange(second.PagesRendered, 2, first.PagesRendered - 1);
        var clean = await Engine.BuildAsync(new DiskFileSet(site.Input), TestSite.Theme, Options, Pipelines.Default());
        Assert.Equal(clean.Files.Select(f => (f.Path, Text(f))), second.Result.Files.Select(f => (f.Path, Text(f))));
        // And, since a link's text came from the old title, every page was parsed again
        Assert.Equal(first.PagesParsed, second.PagesParsed);
    }

    [Fact]
    public async Task Deleting_a_page_that_another_links_to_reports_the_broken_link()
    {
        // Given a preview that has built a site where metrics links to goals
        using var site = new TempSite(Site());
        var builder = new IncrementalBuilder(new DiskFileSet(site.Input), TestSite.Theme, Options);
        await builder.BuildAsync([]);

        // When goals is deleted (metrics itself is unchanged)
        File.Delete(Path.Combine(site.Input, "articles/goals.md"));
        var second = await builder.BuildAsync([new SiteChange(SiteArea.Input, "articles/goals.md")]);

        // Then the link from metrics is reported, as a clean build reports it
        Assert.False(second.Result.Succeeded);
        Assert.Contains(second.Result.Diagnostics, d => d.File == "articles/metrics.md" && d.RuleId == "PB0203");
    }

    [Fact]
    public async Task A_page_with_an_error_is_parsed_again_so_every_build_reports_it()
    {
        // Given a preview of a site where one page names an unknown field
        var files = Site();
        files["articles/metrics.md"] = "---\ntitle: Metrics\nstage: strategic\ncolour: red\n---\nSee [](xref:goals).\n";
        using var site = new TempSite(files);
        var builder = new IncrementalBuilder(new DiskFileSet(site.Input), TestSite.Theme, Options);
        var first = await builder.BuildAsync([]);

        // When another page is edited
        site.Write("articles/goals.md", "---\ntitle: Goals\nstage: tactical\ntags: [kpi]\n---\nSet goals early.\n");
        var second = await builder.BuildAsync([new SiteChange(SiteArea.Input, "articles/goals.md")]);

        // Then the unknown field is still reported, from a fresh parse of its page
        Assert.Contains(first.Result.Diagnostics, d => d.File == "articles/metrics.md" && d.RuleId == "PB0105");
        Assert.Contains(second.Result.Diagnostics, d => d.File == "articles/metrics.md" && d.RuleId == "PB0105");
        Assert.Equal(2, second.PagesParsed);
    }

    [Fact]
    public async Task A_body_edit_is_shown_ahead_of_the_full_build_as_a_clean_build_makes_it()
    {
        // Given a preview that has built the site once
        using var site = new TempSite(Site());
        var builder = new IncrementalBuilder(new DiskFileSet(site.Input), TestSite.Theme, Options);
        await builder.BuildAsync([]);

        // When one article's body changes and the builder refreshes before building
        site.Write("articles/goals.md", "---\ntitle: Goals\nstage: tactical\ntags: [kpi]\n---\nSet goals first, then *announce* them.\n");
        builder.Saw([new SiteChange(SiteArea.Input, "articles/goals.md")]);
        var refresh = await builder.RefreshAsync();

        // Then the refresh holds just that page, parsed and laid out once, as a clean build writes it
        Assert.NotNull(refresh);
        var clean = await Engine.BuildAsync(new DiskFileSet(site.Input), TestSite.Theme, Options, Pipelines.Default());
        var file = Assert.Single(refresh.Result.Files);
        Assert.Equal("articles/goals/index.html", file.Path);
        Assert.Equal(Text(clean.Files.Single(f => f.Path == file.Path)), Text(file));
        Assert.Equal((1, 1), (refresh.PagesParsed, refresh.PagesRendered));

        // And the full build that follows parses nothing again and makes the clean build's site
        var full = await builder.BuildAsync(CancellationToken.None);
        Assert.Equal(0, full.PagesParsed);
        Assert.Equal(clean.Files.Select(f => (f.Path, Text(f))), full.Result.Files.Select(f => (f.Path, Text(f))));
    }

    public static TheoryData<string, string, string> EditsThatReachOtherPages => new()
    {
        { "a new title (lists, links and navigation show it)", "articles/goals.md", "---\ntitle: Objectives\nstage: tactical\ntags: [kpi]\n---\nSet goals first.\n## Measure\n" },
        { "a new link (backlinks and related pages)", "articles/goals.md", "---\ntitle: Goals\nstage: tactical\ntags: [kpi]\n---\nSet goals first; see [](xref:launch).\n## Measure\n" },
        { "a removed heading another page links to", "articles/goals.md", "---\ntitle: Goals\nstage: tactical\ntags: [kpi]\n---\nSet goals first.\n" },
        { "a new page", "articles/budget.md", "---\ntitle: Budget\nstage: tactical\n---\nCount the cost.\n" },
        { "an image", "articles/chart.png", "not really a png" },
        { "a page with an error", "articles/goals.md", "---\ntitle: Goals\nstage: tactical\ntags: [kpi]\n---\nSee [](xref:nowhere).\n## Measure\n" },
    };

    [Theory]
    [MemberData(nameof(EditsThatReachOtherPages))]
    public async Task Edits_that_reach_beyond_their_page_are_left_to_the_full_build(string edit, string path, string text)
    {
        // Given a preview that has built a site where metrics links to a heading of goals
        var files = Site();
        files["articles/goals.md"] = "---\ntitle: Goals\nstage: tactical\ntags: [kpi]\n---\nSet goals first.\n## Measure\n";
        files["articles/metrics.md"] = "---\ntitle: Metrics\nstage: strategic\n---\nSee [](xref:goals#measure).\n";
        using var site = new TempSite(files);
        var builder = new IncrementalBuilder(new DiskFileSet(site.Input), TestSite.Theme, Options);
        Assert.True((await builder.BuildAsync([])).Result.Succeeded);

        // When the save makes that change
        site.Write(path, text);
        builder.Saw([new SiteChange(SiteArea.Input, path)]);

        // Then there is no refresh, and the full build makes what a clean build makes, errors included
        Assert.True(await builder.RefreshAsync() is null, edit);
        var full = await builder.BuildAsync(CancellationToken.None);
        var clean = await Engine.BuildAsync(new DiskFileSet(site.Input), TestSite.Theme, Options, Pipelines.Default());
        Assert.Equal(clean.Diagnostics.Select(d => d.ToString()), full.Result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(clean.Files.Select(f => (f.Path, Text(f))), full.Result.Files.Select(f => (f.Path, Text(f))));
    }

    [Fact]
    public async Task A_cancelled_build_leaves_its_changes_to_the_next_build()
    {
        // Given a preview that has built the site once
        using var site = new TempSite(Site());
        var builder = new IncrementalBuilder(new DiskFileSet(site.Input), TestSite.Theme, Options);
        await builder.BuildAsync([]);

        // When a page is retitled and the build for it is cancelled (a newer save came in)
        site.Write("articles/goals.md", "---\ntitle: Objectives\nstage: tactical\ntags: [kpi]\n---\nSet goals first.\n");
        builder.Saw([new SiteChange(SiteArea.Input, "articles/goals.md")]);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => builder.BuildAsync(new CancellationToken(canceled: true)));

        // Then the next build still covers the change
        var next = await builder.BuildAsync(CancellationToken.None);
        Assert.Contains("Objectives", Text(next.Result.Files.Single(f => f.Path == "articles/metrics/index.html")));
    }

    [Theory]
    [InlineData(SiteArea.Theme, "layouts/base.liquid")]
    [InlineData(SiteArea.Input, "playbook.yml")]
    public async Task A_theme_or_configuration_change_renders_every_page(SiteArea area, string path)
    {
        // Given a preview that has built the site once
        using var site = new TempSite(Site());
        var builder = new IncrementalBuilder(new DiskFileSet(site.Input), TestSite.Theme, Options);
        var first = await builder.BuildAsync([]);

        // When a layout or playbook.yml is saved
        var second = await builder.BuildAsync([new SiteChange(area, path)]);

        // Then every page is laid out again
        Assert.True(second.Everything);
        Assert.Equal(first.PagesRendered, second.PagesRendered);
    }

    [Fact]
    public async Task A_normal_build_never_contains_the_preview_reload_script()
    {
        // Given the default playbook, When it is built as 'playbook build' builds it
        var result = await TestSite.BuildDefaultAsync();

        // Then no output file mentions the preview's endpoints
        Assert.True(result.Succeeded, TestSite.Errors(result));
        Assert.DoesNotContain(result.Files, f => Text(f).Contains("__playbook", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_a_diagnostic_and_the_next_save_builds_again()
    {
        // Given a preview that has built the site once
        using var site = new TempSite(Site());
        var builder = new IncrementalBuilder(new DiskFileSet(site.Input), TestSite.Theme, Options);
        await builder.BuildAsync([]);

        // When a page becomes a symbolic link to nothing and the watcher says so
        File.Delete(Path.Combine(site.Input, "articles/goals.md"));
        File.CreateSymbolicLink(Path.Combine(site.Input, "articles/goals.md"), "nowhere.md");
        var broken = await builder.BuildAsync([new SiteChange(SiteArea.Input, "articles/goals.md")]);

        // Then the build reports it at the file rather than throwing, and the next save builds the site again
        Assert.Equal("articles/goals.md", Assert.Single(broken.Result.Diagnostics, d => d.RuleId == FileRead.Rule).File);
        File.Delete(Path.Combine(site.Input, "articles/goals.md"));
        site.Write("articles/goals.md", "---\ntitle: Goals\nstage: tactical\ntags: [kpi]\n---\nSet goals first.\n");
        var fixedAgain = await builder.BuildAsync([new SiteChange(SiteArea.Input, "articles/goals.md")]);
        Assert.True(fixedAgain.Result.Succeeded, TestSite.Errors(fixedAgain.Result));
    }

    private static string Text(OutputFile file) => System.Text.Encoding.UTF8.GetString(file.Bytes);
}
