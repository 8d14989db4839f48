using Playbook.Model;
using Playbook.Modules;
using Playbook.Tests.Support;

namespace Playbook.Tests.Modules;

public class ExtractChecklistTests
{
    private static Dictionary<string, string> Checklist(string body) =>
        TestSite.Minimal(("checklists/c.md", "---\ntitle: C\n---\n" + body),
                         ("articles/b.md", "---\ntitle: B page\n---\nHello.\n"));

    private static async Task<IReadOnlyList<ChecklistItem>> ItemsOf(Dictionary<string, string> site)
    {
        var result = await TestSite.BuildAsync(site);
        Assert.True(result.Succeeded, TestSite.Errors(result));
        return result.Pages.Single(p => p.Id == "c").Get(ExtractChecklist.Key)!;
    }

    [Fact]
    public async Task Items_are_in_page_data_with_their_text_and_section()
    {
        // Given a checklist with a bold lead, a section and a link that takes its target's title
        var site = Checklist("- [ ] **Agree goals.** Write them down.\n\n## Later\n\n- [ ] Read [](xref:b) first\n");
        // When it is built
        var items = await ItemsOf(site);
        // Then each item has its plain text and the heading above it
        Assert.Equal([("Agree goals. Write them down.", ""), ("Read B page first", "Later")], items.Select(i => (i.Text, i.Section)));
        Assert.Matches("^agree-goals-[0-9a-f]{6}$", items[0].Id);
        Assert.Matches("^read-b-page-first-[0-9a-f]{6}$", items[1].Id);
    }

    [Fact]
    public async Task Item_ids_survive_reordering_and_a_changed_explanation()
    {
        // Given the same items in another order, one with a reworded explanation after its bold lead
        var before = await ItemsOf(Checklist("- [ ] **Agree goals.** Write them down.\n- [ ] **Name an owner.** Someone inside.\n"));
        var after = await ItemsOf(Checklist("## People\n\n- [ ] **Name an owner.** One person inside the client.\n\n## Goals\n\n- [ ] **Agree goals.** Write them down.\n"));
        // Then each lead keeps its id, so ticks stored under it still apply
        Assert.Equal(before.OrderBy(i => i.Id).Select(i => i.Id), after.OrderBy(i => i.Id).Select(i => i.Id));
    }

    [Fact]
    public async Task Two_items_with_the_same_lead_get_different_ids()
    {
        var items = await ItemsOf(Checklist("- [ ] **Check.** Once.\n- [ ] **Check.** Twice.\n"));
        Assert.Equal(2, items.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public async Task Checklist_boxes_are_enabled_and_labelled_by_their_item()
    {
        var result = await TestSite.BuildAsync(Checklist("- [ ] **Agree goals.** Write them down.\n  \n  Detail under the item.\n"));
        var html = TestSite.Html(result, "checklists/c/index.html");
        var box = html.QuerySelector(".prose input[type=checkbox]")!;
        Assert.False(box.HasAttribute("disabled"));
        Assert.Equal("checklist-box", box.ClassName);
        var label = html.QuerySelector($"label[for='{box.Id}']")!;
        Assert.Equal("Agree goals. Write them down.", label.TextContent.Trim());
        Assert.Equal("Agree goals.", label.QuerySelector("strong")!.TextContent);
        Assert.Contains("Detail under the item.", html.QuerySelector(".task-list-item")!.TextContent);
    }

    [Fact]
    public async Task Checklist_page_has_progress_and_a_handout_line_for_print()
    {
        var result = await TestSite.BuildAsync(Checklist("- [ ] One\n- [ ] Two\n- [ ] Three\n"));
        var html = TestSite.Html(result, "checklists/c/index.html");
        Assert.Equal("3", html.QuerySelector("progress.checklist-bar")!.GetAttribute("max"));
        Assert.Equal("0 of 3 done", html.QuerySelector(".checklist-count")!.TextContent);
        Assert.True(html.QuerySelector(".checklist-progress")!.HasAttribute("hidden"));
        Assert.StartsWith("Date: ", html.QuerySelector(".handout-fields")!.TextContent);
        Assert.NotNull(html.QuerySelector("script[src^='/assets/js/checklist.']"));
        Assert.NotNull(html.QuerySelector("head link[href^='/assets/css/checklist.']"));
    }

    [Fact]
    public async Task Task_lists_outside_checklists_stay_plain_disabled_boxes()
    {
        var site = TestSite.Minimal(("articles/a.md", "---\ntitle: A\n---\n- [ ] Not a checklist\n"));
        var result = await TestSite.BuildAsync(site);
        var html = TestSite.Html(result, "articles/a/index.html");
        Assert.True(html.QuerySelector(".prose input[type=checkbox]")!.HasAttribute("disabled"));
        // Pages without tools do not load their stylesheet
        Assert.Null(html.QuerySelector("link[href^='/assets/css/checklist.']"));
        Assert.False(result.Pages.Single(p => p.Id == "a").Data.ContainsKey(ExtractChecklist.Key));
    }
}
