using AngleSharp.Dom;
using Playbook.Diagnostics;
using Playbook.Model;
using Playbook.Pipeline;
using Playbook.Tests.Support;

namespace Playbook.Tests.Integration;

/// <summary>The default playbook, built once for these tests.</summary>
public sealed class DefaultSite : IAsyncLifetime
{
    public BuildResult Result { get; private set; } = null!;

    public async Task InitializeAsync() => Result = await TestSite.BuildDefaultAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public IDocument Html(string url) => TestSite.Html(Result, url.TrimStart('/') + (url.EndsWith('/') ? "index.html" : ""));

    /// <summary>The kinds with a section list, in playbook.yml's order.</summary>
    public static readonly IReadOnlyList<string> ListedKinds =
        ConfigReader.Load(TestSite.DefaultInput, new DiagnosticList())!.Sections.Select(k => k.Id).ToList();

    public List<Page> Content(string? kind = null) => Result.Pages
        .Where(p => p.SourcePath.Length > 0 && !p.IsAsset && (p.Kind == Kinds.Stage || ListedKinds.Contains(p.Kind)))
        .Where(p => kind is null || p.Kind == kind).ToList();
}

public class SiteStructureTests(DefaultSite site) : IClassFixture<DefaultSite>
{
    private static readonly IReadOnlyList<string> ListedKinds = DefaultSite.ListedKinds;

    [Fact]
    public void Default_playbook_has_stage_tag_and_publishing_files()
    {
        var paths = site.Result.Files.Select(f => f.Path).ToHashSet();
        Assert.True(site.Result.Succeeded, TestSite.Errors(site.Result));
        foreach (var path in new[] { "stages/index.html", "stages/tactical/index.html", "tags/index.html", "tags/kpi/index.html",
                                     "sitemap.xml", "feed.xml", "404.html", "playbook.json" })
            Assert.Contains(path, paths);
    }

    [Fact]
    public void Each_stage_page_toolkit_lists_exactly_its_pages_kind_by_kind_in_order()
    {
        foreach (var stage in site.Content(Kinds.Stage))
        {
            var id = stage.FrontMatter.Stages.Single();
            var doc = site.Html(stage.Url);
            var own = doc.QuerySelectorAll(".tool-card").Where(c => c.GetAttribute("data-stages")!.Split(' ').Contains(id));
            var expected = ListedKinds
                .SelectMany(kind => site.Content(kind).Where(p => p.FrontMatter.Stages.Contains(id))
                    .OrderBy(p => p.FrontMatter.Order ?? int.MaxValue).ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
                    .Select(p => p.Url)).ToList();
            Assert.Equal(expected, own.Select(c => c.QuerySelector("h3 a")!.GetAttribute("href")!));
        }
    }

    [Fact]
    public void Stage_pages_link_the_previous_and_next_stage_in_playbook_order()
    {
        var stages = new[] { "/stages/tactical/", "/stages/strategic/", "/stages/thought-leadership/" };
        for (var i = 0; i < stages.Length; i++)
        {
            var doc = site.Html(stages[i]);
            Assert.Equal(i > 0 ? stages[i - 1] : null, doc.QuerySelector(".pager a[rel=prev]")?.GetAttribute("href"));
            Assert.Equal(i < stages.Length - 1 ? stages[i + 1] : null, doc.QuerySelector(".pager a[rel=next]")?.GetAttribute("href"));
        }
        Assert.Equal("Next stage", site.Html(stages[0]).QuerySelector(".pager a[rel=next] span")?.TextContent);
    }

    [Fact]
    public void Stage_pages_name_their_phases_with_links_to_the_overview()
    {
        var links = site.Html("/stages/strategic/").QuerySelectorAll(".stage-phases a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Broadcast", "/stages/#phase-broadcast"), ("Participation", "/stages/#phase-participation")], links);
    }

    [Fact]
    public void Stage_overview_walks_the_phases_from_education_to_collaboration_with_their_pages()
    {
        var doc = site.Html("/stages/");
        var phases = doc.QuerySelectorAll(".journey-phase").ToList();
        Assert.Equal(["phase-education", "phase-observation", "phase-broadcast", "phase-participation", "phase-relationships", "phase-collaboration"],
            phases.Select(p => p.Id));
        foreach (var phase in phases)
        {
            var id = phase.Id!["phase-".Length..];
            var expected = site.Content().Where(p => p.FrontMatter.Phase == id).Select(p => p.Url).Order();
            Assert.Equal(expected, phase.QuerySelectorAll(".item-list a").Select(a => a.GetAttribute("href")!).Order());
            Assert.NotEmpty(phase.QuerySelectorAll(".stage-chip"));
        }
        Assert.Equal(["/stages/tactical/", "/stages/strategic/", "/stages/thought-leadership/"],
            doc.QuerySelectorAll(".journey-stage h3 a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Content_pages_link_their_stages_and_phase()
    {
        foreach (var page in site.Content().Where(p => p.Kind != Kinds.Stage))
        {
            var doc = site.Html(page.Url);
            Assert.Equal(page.FrontMatter.Stages.Select(s => $"/stages/{s}/"), doc.QuerySelectorAll(".page-meta .stage-chip").Select(a => a.GetAttribute("href")));
            var phase = doc.QuerySelector(".page-meta .phase-link")?.GetAttribute("href");
            Assert.Equal(page.FrontMatter.Phase is { } p ? $"/stages/#phase-{p}" : null, phase);
        }
    }

    [Fact]
    public void Content_pages_have_breadcrumbs_to_home_and_their_section()
    {
        var doc = site.Html("/checklists/outsourcing-agreement/");
        Assert.Equal(["/", "/checklists/"], doc.QuerySelectorAll(".breadcrumbs a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Outsourcing agreement", doc.QuerySelector(".breadcrumbs [aria-current=page]")?.TextContent);
    }

    [Fact]
    public void Previous_and_next_chain_every_page_of_a_section_once_in_order()
    {
        foreach (var kind in ListedKinds)
        {
            var pages = site.Content(kind);
            var first = Assert.Single(pages, p => site.Html(p.Url).QuerySelector(".pager a[rel=prev]") is null);
            var chain = new List<string>();
            for (var url = first.Url; url is not null; )
            {
                Assert.DoesNotContain(url, chain);
                var next = site.Html(url).QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
                if (next is not null) Assert.Equal(url, site.Html(next).QuerySelector(".pager a[rel=prev]")?.GetAttribute("href"));
                chain.Add(url);
                url = next;
            }
            var expected = pages.OrderBy(p => p.FrontMatter.Order ?? int.MaxValue).ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase).Select(p => p.Url);
            Assert.Equal(expected, chain);
        }
    }

    [Fact]
    public void Backlinks_list_the_pages_that_link_here_except_stage_pages_and_those_already_related_or_in_the_toolkit()
    {
        var content = site.Content();
        var urls = content.Where(p => p.Kind != "stage").Select(p => p.Url).ToHashSet();
        var related = content.ToDictionary(p => p.Url, p => site.Html(p.Url).QuerySelectorAll(".related a, .tool-card h3 a").Select(a => a.GetAttribute("href")!).ToHashSet());
        var links = content.Where(p => urls.Contains(p.Url))
            .SelectMany(p => site.Html(p.Url).QuerySelectorAll(".prose a[href^='/']")
                .Select(a => a.GetAttribute("href")!.Split('#')[0])
                .Where(target => related.ContainsKey(target) && target != p.Url && !related[target].Contains(p.Url))
                .Select(target => (From: p.Url, To: target)))
            .Distinct().Order().ToList();
        var backlinks = content.SelectMany(p => site.Html(p.Url).QuerySelectorAll(".backlinks a")
                .Select(a => (From: a.GetAttribute("href")!, To: p.Url)))
            .Order().ToList();
        Assert.NotEmpty(links);
        Assert.Equal(links, backlinks);
    }

    [Fact]
    public void Related_pages_are_at_most_five_and_share_a_stage_or_tag_best_first()
    {
        var byUrl = site.Content().ToDictionary(p => p.Url);
        foreach (var page in site.Content())
        {
            var related = site.Html(page.Url).QuerySelectorAll(".related a").Select(a => byUrl[a.GetAttribute("href")!]).ToList();
            Assert.InRange(related.Count, 0, 5);
            Assert.DoesNotContain(page, related);
            var scores = related.Select(r => 2 * r.FrontMatter.Stages.Intersect(page.FrontMatter.Stages).Count()
                                             + r.FrontMatter.Tags.Intersect(page.FrontMatter.Tags).Count()).ToList();
            Assert.All(scores, s => Assert.True(s > 0));
            Assert.Equal(scores.OrderDescending(), scores);
        }
        Assert.Equal(5, site.Html("/checklists/outsourcing-agreement/").QuerySelectorAll(".related li").Length);
    }

    [Fact]
    public void Each_tag_page_lists_exactly_the_pages_with_that_tag()
    {
        var tags = site.Html("/tags/").QuerySelectorAll(".tag-cloud a").Select(a => a.GetAttribute("href")!).ToList();
        var used = site.Content().Where(p => p.Kind != Kinds.Stage).SelectMany(p => p.FrontMatter.Tags).Distinct().ToList();
        Assert.Equal(used.Select(t => $"/tags/{t}/").Order(), tags.Order());
        foreach (var tag in used)
        {
            var expected = site.Content().Where(p => p.Kind != Kinds.Stage && p.FrontMatter.Tags.Contains(tag)).Select(p => p.Url).Order();
            Assert.Equal(expected, site.Html($"/tags/{tag}/").QuerySelectorAll(".item-list a").Select(a => a.GetAttribute("href")!).Order());
        }
    }

    [Fact]
    public void Stage_picker_is_on_every_page_hidden_until_its_script_runs()
    {
        // Every page the theme lays out: not the web editor, which is Decap's page
        foreach (var file in site.Result.Files.Where(f => f.Path.EndsWith(".html") && !f.Path.StartsWith("admin/")))
        {
            var doc = TestSite.Html(site.Result, file.Path);
            if (doc.QuerySelector("meta[http-equiv=refresh]") is not null) continue;
            var picker = doc.QuerySelector(".stage-bar [data-stage-picker]");
            Assert.NotNull(picker);
            Assert.True(picker.HasAttribute("hidden"), $"{file.Path}: the picker shows without JavaScript");
            Assert.Equal(["", "tactical", "strategic", "thought-leadership"], picker.QuerySelectorAll("option").Select(o => o.GetAttribute("value")));
            Assert.Equal(picker.QuerySelector("select")!.Id, picker.QuerySelector("label")!.GetAttribute("for"));
            var script = doc.QuerySelector("script[src*='/assets/js/stage-picker.']");
            Assert.NotNull(script);
            Assert.True(script.HasAttribute("defer"));
        }
    }

    [Fact]
    public void Listed_pages_carry_their_stages_for_the_picker()
    {
        var doc = site.Html("/stages/");
        var broadcast = doc.QuerySelector("#phase-broadcast")!;
        Assert.Equal(["tactical", "strategic"], broadcast.GetAttribute("data-stages")!.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var item = broadcast.QuerySelector(".item-list li[data-stages] a[href='/checklists/outsourcing-agreement/']")!.ParentElement!;
        Assert.Equal(["tactical", "strategic"], item.GetAttribute("data-stages")!.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("tactical strategic", site.Html("/checklists/outsourcing-agreement/").Body!.GetAttribute("data-page-stages")!.Trim());
    }
}
