using System.Text.Json;
using Playbook.Output;
using Playbook.Pipeline;
using Playbook.Tests.Support;

namespace Playbook.Tests.Publishing;

public class PlaybookJsonTests
{
    [Fact]
    public async Task Playbook_json_holds_each_published_pages_metadata()
    {
        // Given an article with every metadata field, and a draft
        var site = TestSite.Minimal(
            ("articles/a.md", "---\ntitle: A\ndescription: About A.\nstages: [tactical, strategic]\nphase: education\ntags: [kpi, strategy]\ndate: 2026-10-01\nupdated: 2026-11-02\n---\nText.\n"),
            ("articles/d.md", "---\ntitle: D\ndraft: true\n---\nSoon.\n"));
        // When the site is built
        var json = await Json(TestSite.BuildAsync(site));
        // Then playbook.json lists the article with its metadata, in URL order, without the draft
        var pages = json.GetProperty("pages").EnumerateArray().ToList();
        Assert.Equal(["/", "/articles/a/", "/stages/strategic/", "/stages/tactical/"], pages.Select(p => p.GetProperty("url").GetString()));
        var a = pages[1];
        Assert.Equal("a", a.GetProperty("id").GetString());
        Assert.Equal("A", a.GetProperty("title").GetString());
        Assert.Equal("https://example.org/articles/a/", a.GetProperty("permalink").GetString());
        Assert.Equal("article", a.GetProperty("kind").GetString());
        Assert.Equal(["tactical", "strategic"], a.GetProperty("stages").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("education", a.GetProperty("phase").GetString());
        Assert.Equal(["kpi", "strategy"], a.GetProperty("tags").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("About A.", a.GetProperty("description").GetString());
        Assert.Equal("2026-10-01", a.GetProperty("date").GetString());
        Assert.Equal("2026-11-02", a.GetProperty("updated").GetString());
        Assert.False(a.TryGetProperty("checklist", out _));
        Assert.Equal("https://example.org/", json.GetProperty("site").GetProperty("baseUrl").GetString());
        Assert.Equal(["tactical", "strategic"], json.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Checklist_items_and_guide_graphs_in_a_pages_data_are_included()
    {
        // Given steps that put a checklist and a guide graph in two pages' data
        var site = TestSite.Minimal(("checklists/c.md", "---\ntitle: C\n---\n- [ ] One\n"), ("guides/g.md", "---\ntitle: G\n---\nStart.\n"));
        var pipelines = Playbook.Pipelines.Default().ToList();
        pipelines.Insert(pipelines.FindIndex(p => p.Name == "Publish"), new("Test", [new AddData()]));
        // When the site is built
        var json = await Json(Engine.BuildAsync(MemoryFileSet.FromText(site), TestSite.Theme, new BuildOptions { Today = TestSite.Today }, pipelines));
        // Then they are written under "checklist" and "guide", camelCased
        var pages = json.GetProperty("pages").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);
        var items = pages["c"].GetProperty("checklist").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal("One", Assert.Single(items).GetProperty("itemText").GetString());
        Assert.Equal("start", pages["g"].GetProperty("guide").GetProperty("startStep").GetString());
        // while ids used as keys stay as the author wrote them
        Assert.Equal("Ask", pages["g"].GetProperty("guide").GetProperty("steps").GetProperty("Q1").GetString());
    }

    private static async Task<JsonElement> Json(Task<BuildResult> build)
    {
        var result = await build;
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var file = Assert.Single(result.Files, f => f.Path == "playbook.json");
        return JsonDocument.Parse(file.Bytes).RootElement;
    }

    private sealed record ChecklistItem(string ItemText, bool Done);

    private sealed class AddData : PerPageModule
    {
        protected override Page? Transform(Page page, BuildContext context) => page.Id switch
        {
            "c" => page.WithData(GeneratePlaybookJson.ChecklistKey, new { Items = new[] { new ChecklistItem("One", false) } }),
            "g" => page.WithData(GeneratePlaybookJson.GuideKey, new { StartStep = "start", Steps = new Dictionary<string, string> { ["Q1"] = "Ask" } }),
            _ => page,
        };
    }
}
