using System.Text.Json;
using Playbook.Tests.Support;

namespace Playbook.Tests.Integration;

public class WorksheetPageTests
{
    private const string Worksheet = """
        ---
        title: Kick-off sheet
        description: What to settle in the first meeting.
        stages: [tactical]
        ---
        Use it in the first meeting.

        ## Goals

        - What is the goal? ____
        - Who is it for? ____ (5 lines)

        The first contract runs for ____ months.

        | Account | Admins |
        |---|---|
        | | |
        """;

    [Fact]
    public async Task A_worksheet_page_is_a_form_with_its_prompts_writing_space_and_the_client_line()
    {
        // Given a site with a worksheet
        var result = await TestSite.BuildAsync(TestSite.Minimal(("worksheets/kick-off.md", Worksheet)));

        // When it is built
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var doc = TestSite.Html(result, "worksheets/kick-off/index.html");

        // Then each field is its prompt and a space sized in lines, blanks and empty cells stay to fill in,
        // and the head of the form asks for the client, the date and who filled it in
        var fields = doc.QuerySelectorAll(".ws-body .ws-field").ToList();
        Assert.Equal(["What is the goal?", "Who is it for?"], fields.Select(f => f.QuerySelector(".ws-prompt")!.TextContent));
        Assert.Equal(["ws-space ws-lines-3", "ws-space ws-lines-5"], fields.Select(f => f.QuerySelector(".ws-space")!.ClassName));
        Assert.Single(doc.QuerySelectorAll(".ws-body p > .ws-blank"));
        Assert.Equal(2, doc.QuerySelectorAll(".ws-body td:empty").Length);
        Assert.Equal("Client: blank Date: blank Filled in by: blank", doc.QuerySelector(".ws-form-fields")!.TextContent);
        Assert.Equal("Tactical", doc.QuerySelector(".page-meta .stage-chip")!.TextContent);
        Assert.Empty(doc.QuerySelectorAll("[style]"));
        Assert.Contains(doc.QuerySelectorAll("link[rel=stylesheet]"), l => l.GetAttribute("href")!.Contains("worksheet"));
    }

    [Fact]
    public async Task Worksheets_have_a_section_list_a_breadcrumb_and_a_card_in_their_stage_toolkit()
    {
        var result = await TestSite.BuildAsync(TestSite.Minimal(("worksheets/kick-off.md", Worksheet)));

        Assert.True(result.Succeeded, TestSite.Errors(result));
        var section = TestSite.Html(result, "worksheets/index.html");
        Assert.Equal("Worksheets", section.QuerySelector("h1")!.TextContent);
        Assert.Equal(["/worksheets/kick-off/"], section.QuerySelectorAll(".item-list a").Select(a => a.GetAttribute("href")));
        var page = TestSite.Html(result, "worksheets/kick-off/index.html");
        Assert.Contains(page.QuerySelectorAll(".breadcrumbs a"), a => a.GetAttribute("href") == "/worksheets/" && a.TextContent == "Worksheets");
        var stage = TestSite.Html(result, "stages/tactical/index.html");
        var card = Assert.Single(stage.QuerySelectorAll(".tool-card.tool-worksheet"));
        Assert.Equal("/worksheets/kick-off/", card.QuerySelector("a")!.GetAttribute("href"));
        Assert.StartsWith("worksheet · ", card.QuerySelector(".tool-kind")!.TextContent);
    }

    [Fact]
    public async Task Only_worksheet_pages_link_the_worksheet_stylesheet()
    {
        var result = await TestSite.BuildAsync(TestSite.Minimal(("worksheets/kick-off.md", Worksheet)));

        var stage = TestSite.Html(result, "stages/tactical/index.html");
        Assert.DoesNotContain(stage.QuerySelectorAll("link[rel=stylesheet]"), l => l.GetAttribute("href")!.Contains("worksheet"));
    }

    [Fact]
    public async Task Playbook_json_holds_a_worksheets_fields_and_tables()
    {
        var result = await TestSite.BuildAsync(TestSite.Minimal(("worksheets/kick-off.md", Worksheet)));

        var json = JsonDocument.Parse(Assert.Single(result.Files, f => f.Path == "playbook.json").Bytes).RootElement;
        var page = json.GetProperty("pages").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "kick-off");
        var worksheet = page.GetProperty("worksheet");
        Assert.Equal(["What is the goal?", "Who is it for?"], worksheet.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("prompt").GetString()));
        Assert.Equal("Goals", worksheet.GetProperty("fields")[1].GetProperty("section").GetString());
        Assert.Equal(5, worksheet.GetProperty("fields")[1].GetProperty("lines").GetInt32());
        Assert.Equal(1, Assert.Single(worksheet.GetProperty("tables").EnumerateArray()).GetProperty("emptyRows").GetInt32());
    }

    [Fact]
    public async Task The_default_playbook_has_the_seven_worksheets_other_pages_link_to()
    {
        var result = await TestSite.BuildDefaultAsync();

        Assert.True(result.Succeeded, TestSite.Errors(result));
        var section = TestSite.Html(result, "worksheets/index.html");
        Assert.Equal(
            ["account-register", "competency-assessment", "handover-plan", "monthly-report", "reputation-protocol", "staff-voice-guidelines", "strategy-one-pager"],
            section.QuerySelectorAll(".item-list a").Select(a => a.GetAttribute("href")!.Split('/')[2]).Order());
        Assert.Contains(TestSite.Html(result, "index.html").QuerySelectorAll("header nav a"), a => a.GetAttribute("href") == "/worksheets/");
    }
}
