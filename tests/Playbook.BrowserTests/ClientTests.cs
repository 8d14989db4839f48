using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Playbook.Model;
using Playbook.Modules;

namespace Playbook.BrowserTests;

/// <summary>
/// The client workspace in the browser: clients kept apart across reloads and pages, the
/// dashboard, export and import between browser profiles, the import's refusals, and the report.
/// </summary>
[Collection(SiteCollection.Name)]
public class ClientTests(SiteFixture site)
{
    private const string StoreKey = "playbook.clients.v1";
    private const string ChecklistA = "/checklists/outsourcing-agreement/";
    private const string ChecklistB = "/checklists/handover-readiness/";
    private const string Guide = "/guides/which-stage/";

    private IReadOnlyList<ChecklistItem> ItemsOf(string url) =>
        site.Build.Pages.Single(p => p.Url == url && p.Kind == Kinds.Checklist).Get(ExtractChecklist.Key)!;

    private GuideGraph GraphOf(string url) => site.Build.Pages.Single(p => p.Url == url && p.Kind == Kinds.Guide).Get(ReadGuideGraph.Key)!;

    /// <summary>Answers the browser's prompt and confirm dialogs in turn with the given replies (null dismisses).</summary>
    private static Queue<string?> Answering(IPage page)
    {
        var replies = new Queue<string?>();
        page.Dialog += async (_, dialog) =>
        {
            var reply = replies.Count > 0 ? replies.Dequeue() : null;
            if (reply is null) await dialog.DismissAsync(); else await dialog.AcceptAsync(reply);
        };
        return replies;
    }

    private static async Task ClientActionAsync(IPage page, string action)
    {
        await page.Locator(".client-actions summary").ClickAsync();
        await page.Locator($"[data-client-action='{action}']").ClickAsync();
    }

    private static async Task<string?> StoreAsync(IPage page) => await page.EvaluateAsync<string?>($"() => localStorage.getItem('{StoreKey}')");

    /// <summary>Puts a workspace in local storage from a page that runs none of the site's scripts, then opens <paramref name="url"/>.</summary>
    private async Task SeedAsync(IPage page, JsonObject store, string url)
    {
        await page.GotoAsync(site.BaseUrl + "/playbook.json");
        await page.EvaluateAsync("([k, v]) => localStorage.setItem(k, v)", new[] { StoreKey, store.ToJsonString() });
        await page.GotoAsync(site.BaseUrl + url);
    }

    private static JsonObject Client(string name, string stage, JsonObject? ticks = null, JsonObject? walks = null, JsonObject? notes = null, JsonObject? touched = null) => new()
    {
        ["name"] = name,
        ["stage"] = stage,
        ["ticks"] = ticks ?? [],
        ["walks"] = walks ?? [],
        ["notes"] = notes ?? [],
        ["touched"] = touched ?? [],
    };

    /// <summary>Two clients: Acme at the tactical stage with two ticks and a finished guide, Bolt at the strategic stage with one tick.</summary>
    private JsonObject TwoClients()
    {
        var a = ItemsOf(ChecklistA);
        var graph = GraphOf(Guide);
        var outcome = graph.Outcomes.First(o => graph.Steps[0].Answers.Any(x => x.Target == o.Id));
        return new JsonObject
        {
            ["current"] = "acme",
            ["clients"] = new JsonObject
            {
                ["acme"] = Client("Acme", "tactical",
                    ticks: new JsonObject { [ChecklistA] = new JsonArray(a[0].Id, a[1].Id) },
                    walks: new JsonObject { [Guide] = new JsonObject { ["path"] = new JsonArray(graph.Start, outcome.Id), ["outcome"] = outcome.Id } },
                    notes: new JsonObject { [ChecklistA] = "Legal wants the term clause first." },
                    touched: new JsonObject { [ChecklistA] = "2026-11-30T09:00:00.000Z", [Guide] = "2026-12-01T10:00:00.000Z" }),
                ["bolt"] = Client("Bolt", "strategic",
                    ticks: new JsonObject { [ChecklistB] = new JsonArray(ItemsOf(ChecklistB)[0].Id) },
                    touched: new JsonObject { [ChecklistB] = "2026-11-29T08:00:00.000Z" }),
            },
        };
    }

    private static async Task<bool[]> TickedAsync(IPage page, IEnumerable<ChecklistItem> items) =>
        await Task.WhenAll(items.Select(i => page.Locator($"#check-{i.Id}").IsCheckedAsync()));

    [Fact]
    public async Task Two_clients_keep_their_own_ticks_and_stage_across_reloads_and_pages()
    {
        var a = ItemsOf(ChecklistA);
        var b = ItemsOf(ChecklistB);
        var page = await site.NewPageAsync();
        var replies = Answering(page);

        // Given the first client renamed Acme, at the tactical stage, with two items ticked
        await page.GotoAsync(site.BaseUrl + ChecklistA);
        replies.Enqueue("Acme");
        await ClientActionAsync(page, "rename");
        await page.SelectOptionAsync("#stage-picker-select", "tactical");
        await page.Locator($"#check-{a[0].Id}").CheckAsync();
        await page.Locator($"#check-{a[1].Id}").CheckAsync();

        // When a second client, Bolt, is created from the same page
        replies.Enqueue("Bolt");
        await ClientActionAsync(page, "new");

        // Then Bolt starts with no ticks and no stage, and its own work stays its own
        Assert.Equal("Bolt", await page.Locator("#client-switcher-select option:checked").TextContentAsync());
        Assert.Equal(new[] { false, false, false }, await TickedAsync(page, a.Take(3)));
        Assert.Equal("", await page.InputValueAsync("#stage-picker-select"));
        await page.SelectOptionAsync("#stage-picker-select", "strategic");
        await page.Locator($"#check-{a[2].Id}").CheckAsync();
        await page.ReloadAsync();
        Assert.Equal(new[] { false, false, true }, await TickedAsync(page, a.Take(3)));
        Assert.Equal("strategic", await page.InputValueAsync("#stage-picker-select"));
        await page.GotoAsync(site.BaseUrl + ChecklistB);
        await page.Locator($"#check-{b[0].Id}").CheckAsync();
        await page.GotoAsync(site.BaseUrl + "/stages/strategic/");
        Assert.Contains("page-in-client-stage", await page.GetAttributeAsync("body", "class"));

        // When the reader switches back to Acme and opens the checklists again
        await page.SelectOptionAsync("#client-switcher-select", new SelectOptionValue { Label = "Acme" });
        Assert.DoesNotContain("page-in-client-stage", await page.GetAttributeAsync("body", "class"));
        await page.GotoAsync(site.BaseUrl + ChecklistA);

        // Then Acme's ticks and stage are as it left them, and Bolt's tick elsewhere is not Acme's
        Assert.Equal(new[] { true, true, false }, await TickedAsync(page, a.Take(3)));
        Assert.Equal("tactical", await page.InputValueAsync("#stage-picker-select"));
        Assert.Equal($"2 of {a.Count} done", await page.Locator(".checklist-count").TextContentAsync());
        await page.GotoAsync(site.BaseUrl + ChecklistB);
        Assert.Equal(0, await page.Locator("input.checklist-box:checked").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Switching_client_on_a_checklist_shows_that_clients_ticks_at_once()
    {
        var a = ItemsOf(ChecklistA);
        var page = await site.NewPageAsync();
        await SeedAsync(page, TwoClients(), ChecklistA);
        Assert.Equal(new[] { true, true, false }, await TickedAsync(page, a.Take(3)));
        await page.SelectOptionAsync("#client-switcher-select", "bolt");
        Assert.Equal(new[] { false, false, false }, await TickedAsync(page, a.Take(3)));
        Assert.Equal($"0 of {a.Count} done", await page.Locator(".checklist-count").TextContentAsync());
        Assert.Equal("strategic", await page.InputValueAsync("#stage-picker-select"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Ticks_and_stage_kept_before_clients_existed_become_the_first_client()
    {
        // Given ticks and a stage stored the way the site kept them before
        var a = ItemsOf(ChecklistA);
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/playbook.json");
        await page.EvaluateAsync("([k, v]) => { localStorage.setItem(k, v); localStorage.setItem('playbook.clientStage', 'strategic'); }",
            new[] { "playbook.checklist:" + ChecklistA, JsonSerializer.Serialize(new[] { a[1].Id }) });

        // When the checklist is opened
        await page.GotoAsync(site.BaseUrl + ChecklistA);

        // Then they are the first client's, and the old keys are gone
        Assert.Equal(new[] { false, true }, await TickedAsync(page, a.Take(2)));
        Assert.Equal("strategic", await page.InputValueAsync("#stage-picker-select"));
        Assert.Equal("My client", await page.Locator("#client-switcher-select option:checked").TextContentAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => Object.keys(localStorage).filter(k => k.startsWith('playbook.checklist:') || k === 'playbook.clientStage').length"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_guide_walk_is_kept_per_client_and_comes_back_when_the_guide_is_reopened()
    {
        // Given Acme's walk to an outcome and Bolt with none
        var graph = GraphOf(Guide);
        var page = await site.NewPageAsync();
        await SeedAsync(page, TwoClients(), Guide);
        var acme = TwoClients()["clients"]!["acme"]!["walks"]![Guide]!["outcome"]!.GetValue<string>();

        // Then the guide opens at Acme's outcome; switched to Bolt it is at the start
        Assert.True(await page.Locator($"section.guide-step[data-step='{acme}']").IsVisibleAsync());
        await page.SelectOptionAsync("#client-switcher-select", "bolt");
        Assert.True(await page.Locator($"section.guide-step[data-step='{graph.Start}']").IsVisibleAsync());

        // When Bolt answers the first question the other way and the guide is opened again
        var other = graph.Steps[0].Answers.First(x => x.Target != acme).Target;
        await page.Locator($"section.guide-step:visible button.guide-answer-button[data-target='{other}']").ClickAsync();
        await page.GotoAsync(site.BaseUrl + Guide);

        // Then Bolt's step shows, and Acme's walk is untouched
        Assert.True(await page.Locator($"section.guide-step[data-step='{other}']").IsVisibleAsync());
        using var store = JsonDocument.Parse((await StoreAsync(page))!);
        Assert.Equal(acme, store.RootElement.GetProperty("clients").GetProperty("acme").GetProperty("walks").GetProperty(Guide).GetProperty("outcome").GetString());
        Assert.Equal(other, store.RootElement.GetProperty("clients").GetProperty("bolt").GetProperty("walks").GetProperty(Guide).GetProperty("path")[1].GetString());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_dashboard_shows_each_clients_stage_progress_guide_outcome_notes_and_last_touch()
    {
        var a = ItemsOf(ChecklistA);
        var b = ItemsOf(ChecklistB);
        var graph = GraphOf(Guide);
        var page = await site.NewPageAsync();
        await SeedAsync(page, TwoClients(), "/clients/");
        await page.WaitForSelectorAsync("body[data-clients-ready]");

        var acme = page.Locator("section.client-card", new() { Has = page.Locator("h2", new() { HasText = "Acme" }) });
        var bolt = page.Locator("section.client-card", new() { Has = page.Locator("h2", new() { HasText = "Bolt" }) });
        var acmeText = await acme.InnerTextAsync();
        var boltText = await bolt.InnerTextAsync();
        var outcome = graph.Outcomes.Single(o => o.Id == TwoClients()["clients"]!["acme"]!["walks"]![Guide]!["outcome"]!.GetValue<string>());

        Assert.Contains("(current)", acmeText);
        Assert.Contains("Stage: Tactical false start · phase: Education, Observation, Broadcast", acmeText);
        Assert.Contains($"Outsourcing agreement: 2 of {a.Count}", acmeText);
        Assert.Contains($"Hand-over readiness: 0 of {b.Count}", acmeText);
        Assert.Contains($"Which stage is this client in?: outcome: {outcome.Title}", acmeText);
        Assert.Contains("Legal wants the term clause first.", acmeText);
        Assert.Contains("Last worked on: Which stage is this client in?", acmeText);

        Assert.DoesNotContain("(current)", boltText);
        Assert.Contains("Stage: Strategic", boltText);
        Assert.Contains($"Outsourcing agreement: 0 of {a.Count}", boltText);
        Assert.Contains($"Hand-over readiness: 1 of {b.Count}", boltText);
        Assert.Contains("Which stage is this client in?: not started", boltText);
        Assert.Contains("Last worked on: Hand-over readiness", boltText);
        Assert.Equal(ChecklistB, await bolt.GetByRole(AriaRole.Link, new() { Name = "Hand-over readiness" }).First.GetAttributeAsync("href"));

        // And switching from the dashboard makes Bolt the current client
        await bolt.GetByRole(AriaRole.Button, new() { Name = "Switch to Bolt" }).ClickAsync();
        Assert.Contains("(current)", await bolt.InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Axe_finds_no_violations_on_the_dashboard_with_two_clients()
    {
        var page = await site.NewPageAsync();
        await page.AddInitScriptAsync(File.ReadAllText(PageKinds.NodeTool("axe-core/axe.min.js")));
        await SeedAsync(page, TwoClients(), "/clients/");
        await page.WaitForSelectorAsync("body[data-clients-ready]");
        var violations = await page.EvaluateAsync<string[]>("""
            () => axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
              .then(r => r.violations.map(v => v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')))
            """);
        Assert.True(violations.Length == 0, string.Join("\n", violations));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_exported_client_imported_into_a_fresh_browser_profile_has_the_same_state()
    {
        // Given Acme's work in one browser profile, exported from the dashboard
        var page = await site.NewPageAsync();
        await SeedAsync(page, TwoClients(), "/clients/");
        await page.WaitForSelectorAsync("body[data-clients-ready]");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Export Acme" }).ClickAsync());
        Assert.Equal("client-acme.json", download.SuggestedFilename);
        // The download is deleted with its browser context, so its bytes are read now.
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        var exported = JsonNode.Parse(bytes)!;
        Assert.Equal("playbook-client", exported["type"]!.GetValue<string>());
        Assert.Equal(1, exported["version"]!.GetValue<int>());
        var before = JsonNode.Parse((await StoreAsync(page))!)!["clients"]!["acme"]!.ToJsonString();
        var dashboard = await page.Locator("section.client-card", new() { Has = page.Locator("h2", new() { HasText = "Acme" }) }).InnerTextAsync();
        await page.Context.CloseAsync();

        // When the file is imported in a new profile
        var fresh = await site.NewPageAsync();
        await fresh.GotoAsync(site.BaseUrl + "/clients/");
        await fresh.WaitForSelectorAsync("body[data-clients-ready]");
        await fresh.SetInputFilesAsync("#clients-import-file", new FilePayload { Name = download.SuggestedFilename, MimeType = "application/json", Buffer = bytes });

        // Then the client is there, current, with the same stage, ticks, walks, notes and times
        await Assertions.Expect(fresh.Locator("[data-clients-message]")).ToHaveTextAsync("Imported \"Acme\".");
        var store = JsonNode.Parse((await StoreAsync(fresh))!)!;
        Assert.Equal("acme", store["current"]!.GetValue<string>());
        Assert.Equal(before, store["clients"]!["acme"]!.ToJsonString());
        Assert.Equal(dashboard, await fresh.Locator("section.client-card", new() { Has = fresh.Locator("h2", new() { HasText = "Acme" }) }).InnerTextAsync());
        await fresh.GotoAsync(site.BaseUrl + ChecklistA);
        Assert.Equal(new[] { true, true }, await TickedAsync(fresh, ItemsOf(ChecklistA).Take(2)));
        Assert.Equal("tactical", await fresh.InputValueAsync("#stage-picker-select"));
        await fresh.Context.CloseAsync();
    }

    public static TheoryData<string, string, string> BadFiles() => new()
    {
        { "wrong type", """{"type":"playbook-worksheet","version":1,"client":{}}""", "The file's type is \"playbook-worksheet\", not \"playbook-client\": it is not a client file. Nothing was imported." },
        { "unknown version", """{"type":"playbook-client","version":2,"client":{}}""", "The file is version 2; this playbook reads client files of version 1. Nothing was imported." },
        { "not JSON", "name,stage\nAcme,tactical\n", "The file is not JSON, so it is not a client file exported from this playbook. Nothing was imported." },
        { "over 1 MB", "{\"type\":\"playbook-client\",\"pad\":\"" + new string('x', 1024 * 1024) + "\"}", "The file is 1048611 bytes, over the 1 MB (1048576 bytes) a client file may be. Nothing was imported." },
        { "malformed client", """{"type":"playbook-client","version":1,"client":{"id":"x","name":"X","stage":"","ticks":[],"walks":{},"notes":{},"touched":{}}}""", "The file's client is malformed: \"client.ticks\" must be an object keyed by page URL. Nothing was imported." },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_refused_with_its_message_and_nothing_changes(string what, string content, string message)
    {
        // Given a browser with two clients
        var page = await site.NewPageAsync();
        await SeedAsync(page, TwoClients(), "/clients/");
        await page.WaitForSelectorAsync("body[data-clients-ready]");
        var before = await StoreAsync(page);

        // When a bad file is imported
        await page.SetInputFilesAsync("#clients-import-file", new FilePayload { Name = $"{what}.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(content) });

        // Then the message says why, and storage is as it was
        var shown = page.Locator("[data-clients-message]");
        await Assertions.Expect(shown).ToHaveTextAsync(message);
        Assert.Contains("clients-message-problem", await shown.GetAttributeAsync("class"));
        Assert.Equal(before, await StoreAsync(page));
        Assert.Equal(2, await page.Locator("section.client-card").CountAsync());
        await page.Context.CloseAsync();
    }

    private static FilePayload ClientFile(string id, string name, JsonObject ticks) => new()
    {
        Name = "client.json",
        MimeType = "application/json",
        Buffer = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["type"] = "playbook-client",
            ["version"] = 1,
            ["client"] = new JsonObject { ["id"] = id, ["name"] = name, ["stage"] = "", ["ticks"] = ticks, ["walks"] = new JsonObject(), ["notes"] = new JsonObject(), ["touched"] = new JsonObject() },
        }.ToJsonString()),
    };

    [Fact]
    public async Task A_ticked_item_the_checklist_no_longer_has_is_kept_and_reported()
    {
        var a = ItemsOf(ChecklistA);
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/clients/");
        await page.WaitForSelectorAsync("body[data-clients-ready]");

        await page.SetInputFilesAsync("#clients-import-file", ClientFile("cyan", "Cyan", new JsonObject { [ChecklistA] = new JsonArray(a[0].Id, "an-item-since-removed") }));

        await Assertions.Expect(page.Locator("[data-clients-message]"))
            .ToHaveTextAsync($"Imported \"Cyan\". Kept, though this playbook no longer has them: 1 ticked item of {ChecklistA} (an-item-since-removed).");
        var ticks = JsonNode.Parse((await StoreAsync(page))!)!["clients"]!["cyan"]!["ticks"]![ChecklistA]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Equal(new[] { a[0].Id, "an-item-since-removed" }, ticks);
        Assert.Contains($"Outsourcing agreement: 1 of {a.Count} (and 1 ticked item this checklist no longer has)", await page.Locator("section.client-card", new() { Has = page.Locator("h2", new() { HasText = "Cyan" }) }).InnerTextAsync());

        // A tick made on the page keeps the unknown id too
        await page.GotoAsync(site.BaseUrl + ChecklistA);
        await page.Locator($"#check-{a[1].Id}").CheckAsync();
        ticks = JsonNode.Parse((await StoreAsync(page))!)!["clients"]!["cyan"]!["ticks"]![ChecklistA]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Equal(new[] { a[0].Id, a[1].Id, "an-item-since-removed" }, ticks);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Importing_a_client_that_exists_asks_first_and_keeps_it_when_declined()
    {
        var page = await site.NewPageAsync();
        var replies = Answering(page);
        await SeedAsync(page, TwoClients(), "/clients/");
        await page.WaitForSelectorAsync("body[data-clients-ready]");
        var before = await StoreAsync(page);
        var file = ClientFile("acme", "Acme", new JsonObject());

        // When the reader declines, nothing changes
        replies.Enqueue(null);
        await page.SetInputFilesAsync("#clients-import-file", file);
        await Assertions.Expect(page.Locator("[data-clients-message]")).ToHaveTextAsync("Nothing was imported: \"Acme\" is kept as it was.");
        Assert.Equal(before, await StoreAsync(page));

        // When the reader accepts, the file's Acme replaces the old one
        replies.Enqueue("");
        await page.SetInputFilesAsync("#clients-import-file", file);
        await Assertions.Expect(page.Locator("[data-clients-message]")).ToHaveTextAsync("Imported \"Acme\".");
        var acme = JsonNode.Parse((await StoreAsync(page))!)!["clients"]!["acme"]!;
        Assert.Empty(acme["ticks"]!.AsObject());
        Assert.Equal(2, await page.Locator("section.client-card").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Deleting_a_client_asks_first()
    {
        var page = await site.NewPageAsync();
        var replies = Answering(page);
        await SeedAsync(page, TwoClients(), ChecklistA);
        replies.Enqueue(null);
        await ClientActionAsync(page, "delete");
        Assert.Equal(2, await page.Locator("#client-switcher-select option").CountAsync());
        replies.Enqueue("");
        await ClientActionAsync(page, "delete");
        Assert.Equal(new[] { "Bolt" }, await page.Locator("#client-switcher-select option").AllTextContentsAsync());
        Assert.Equal(0, await page.Locator("input.checklist-box:checked").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_report_prints_one_page_per_client_with_stage_progress_outcomes_and_notes()
    {
        var page = await site.NewPageAsync();
        await SeedAsync(page, TwoClients(), "/clients/report/");
        await page.WaitForSelectorAsync("body[data-clients-ready]");
        var text = await page.Locator("[data-clients-report]").InnerTextAsync();
        Assert.Contains("Client: Acme", text);
        Assert.Contains("Legal wants the term clause first.", text);
        Assert.Contains($"Outsourcing agreement: 2 of {ItemsOf(ChecklistA).Count} done", text);

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator(".site-header").IsVisibleAsync());
        var pdf = Encoding.Latin1.GetString(await page.PdfAsync(new() { Format = "A4" }));
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(pdf, @"/Type\s*/Page[^s]").Count);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_javascript_the_dashboard_says_what_it_is_for()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync(site.BaseUrl + "/clients/");
        Assert.Contains("needs JavaScript", await page.Locator("[data-clients-nojs]").TextContentAsync());
        Assert.False(await page.Locator("[data-clients-tools]").IsVisibleAsync());
        Assert.False(await page.Locator("[data-stage-picker]").IsVisibleAsync());
        await page.Context.CloseAsync();
    }
}
