using Playbook.Files;
using Playbook.Import;
using Playbook.Pipeline;
using Playbook.Tests.Support;
using Playbook.Themes;

namespace Playbook.Tests.Import;

/// <summary>
/// Small Jekyll and Hugo sites in the shapes public ones have (Import/Sites/&lt;name&gt;/), imported
/// and built; <c>expected-report.txt</c> beside each site is what the import must report.
/// </summary>
public class ImportSiteTests
{
    private static string Site(string name) => Path.Combine(AppContext.BaseDirectory, "Import", "Sites", name);

    [Theory]
    [InlineData(SourceFormat.Jekyll, "jekyll-handbook")]
    [InlineData(SourceFormat.Hugo, "hugo-blog")]
    public async Task An_imported_site_builds_with_strict_and_reports_what_did_not_map(SourceFormat format, string name)
    {
        // Given a site of the format
        // When it is imported and the result built with --strict
        var result = ImportSite.Import(format, Site(name), checklists: true);
        var build = await Engine.BuildAsync(MemoryFileSet.FromText(result.Files), BuiltInTheme.Instance, new BuildOptions { Today = TestSite.Today, Strict = true }, Pipelines.Default());

        // Then it builds (so every link it rewrote resolves), and the report is exactly what could not be mapped
        Assert.True(build.Succeeded, TestSite.Errors(build));
        var expected = File.ReadAllLines(Path.Combine(Site(name), "..", name + ".expected-report.txt")).Where(l => l.Length > 0);
        Assert.Equal(expected, result.Report.Select(d => d.ToString()));
    }

    [Fact]
    public async Task Jekyll_links_become_xrefs_and_old_urls_become_aliases()
    {
        var result = ImportSite.Import(SourceFormat.Jekyll, Site("jekyll-handbook"), checklists: true);
        var build = await Engine.BuildAsync(MemoryFileSet.FromText(result.Files), BuiltInTheme.Instance, new BuildOptions { Today = TestSite.Today }, Pipelines.Default());

        Assert.Equal("""
            ---
            title: "Onboarding"
            description: "The first week of a new consultant."
            kind: article
            stages: [general]
            aliases: ["/docs/onboarding/", "/onboarding/", "/docs/start/"]
            order: 1
            ---

            ## Onboarding checklist

            - [ ] Get access to the shared drive.
            - [ ] Read [the reporting guide](xref:reporting).
            - [ ] Meet the team.

            See the [old measuring post](xref:measuring-reach).

            """, result.Files["articles/onboarding.md"]);
        Assert.Contains("tags: [meetings, planning, client-work]", result.Files["articles/kick-off-lessons.md"]);
        Assert.Contains("[about us](xref:page-about)", result.Files["index.md"]);
        var home = TestSite.Html(build, "index.html");
        Assert.NotNull(home.QuerySelector("a[href='/articles/onboarding/']"));
        Assert.Contains("/docs/start/ /articles/onboarding/ 301!", System.Text.Encoding.UTF8.GetString(build.Files.Single(f => f.Path == "_redirects").Bytes));
    }

    [Fact]
    public void Hugo_toml_front_matter_sections_and_refs_are_mapped()
    {
        var result = ImportSite.Import(SourceFormat.Hugo, Site("hugo-blog"), checklists: true);

        Assert.Equal("""
            ---
            title: "First post"
            description: "Why we keep field notes."
            kind: article
            stages: [general]
            tags: [notes, planning]
            date: 2024-02-01
            updated: 2024-02-03
            aliases: ["/posts/first-post/", "/2024/02/first-post/"]
            order: 2
            ---

            Continue with the [second post](xref:second-post) or the [launch list](xref:launch).

            {{< figure src="first.png" title="Our desk" >}}

            """, result.Files["articles/first-post.md"]);
        Assert.Contains("kind: checklist", result.Files["checklists/launch.md"]);
        Assert.Contains("- [ ] **Links checked.** Nothing broken.", result.Files["checklists/launch.md"]);
        Assert.Contains("  title: \"Field notes\"", result.Files["playbook.yml"]);
        Assert.Contains("  - notes\n  - planning\n", result.Files["playbook.yml"]);
    }
}
