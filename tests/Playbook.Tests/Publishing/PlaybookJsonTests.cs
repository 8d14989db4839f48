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
    public async Task Checklist_items_and_guide_graphs_are_included()
    {
        // Given a checklist and a guide
        var site = TestSite.Minimal(
            ("checklists/c.md", "---\ntitle: C\nstages: [tactical]\n---\n- [ ] **Agree the goals.** Why it matters.\n"),
            ("guides/g.md", "---\ntitle: G\nstages: [tactical]\n---\n## Ready? {#start}\n\n- [Yes](#done)\n\n## Outcome: done {#done}\n\nStage: [](xref:tactical)\n\nGo on.\n"));
        // When the site is built
        var json = await Json(TestSite.BuildAsync(site));
        // Then playbook.json holds the checklist's items and the guide's graph, camelCased
        var pages = json.GetProperty("pages").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);
        var item = Assert.Single(pages["c"].GetProperty("checklist").EnumerateArray());
        Assert.StartsWith("agree-the-goals", item.GetProperty("id").GetString());
        var guide = pages["g"].GetProperty("guide");
        Assert.Equal("start", guide.GetProperty("start").GetString());
        var step = Assert.Single(guide.GetProperty("steps").EnumerateArray());
        Assert.Equal("done", Assert.Single(step.GetProperty("answers").EnumerateArray()).GetProperty("target").GetString());
        Assert.Equal("tactical", Assert.Single(guide.GetProperty("outcomes").EnumerateArray()).GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Pages_written_apart_are_indented_as_one_serialization_writes_them()
    {
        // Given pages whose entries have nested lists and objects (a checklist, a guide, an article)
        var site = TestSite.Minimal(
            ("articles/a.md", "---\ntitle: A \"quoted\"\ntags: [kpi, strategy]\n---\nText.\n"),
            ("checklists/c.md", "---\ntitle: C\nstages: [tactical]\n---\n- [ ] **Agree the goals.** Why.\n- [ ] Second.\n"),
            ("guides/g.md", "---\ntitle: G\nstages: [tactical]\n---\n## Ready? {#start}\n\n- [Yes](#done)\n\n## Outcome: done {#done}\n\nStage: [](xref:tactical)\n\nGo on.\n"));
        // When the site is built
        var result = await TestSite.BuildAsync(site);
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var bytes = Assert.Single(result.Files, f => f.Path == "playbook.json").Bytes;
        // Then the file is byte for byte what an indented writer makes of the same document, plus a newline
        using var document = JsonDocument.Parse(bytes);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            document.WriteTo(writer);
        Assert.Equal(System.Text.Encoding.UTF8.GetString([.. buffer.WrittenSpan, (byte)'\n']), System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal(6, document.RootElement.GetProperty("pages").GetArrayLength());
    }

    private static async Task<JsonElement> Json(Task<BuildResult> build)
    {
        var result = await build;
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var file = Assert.Single(result.Files, f => f.Path == "playbook.json");
        return JsonDocument.Parse(file.Bytes).RootElement;
    }
}
