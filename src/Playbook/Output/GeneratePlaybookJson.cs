using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Playbook.Model;
using Playbook.Modules;
using Playbook.Pipeline;

namespace Playbook.Output;

/// <summary>
/// <c>/playbook.json</c>: every published page's metadata, with its checklist items, worksheet fields and guide
/// graph when other steps put them in the page's data, as one file to reuse in proposals and
/// slides. Pages are in URL order, so the file changes only when the content does.
/// </summary>
public sealed partial class GeneratePlaybookJson : IModule
{
    public const string Url = "/playbook.json";

    private static readonly Metadata Json = new(new JsonSerializerOptions
    {
        // Property names are camelCased; dictionary keys are ids (guide steps, items) and stay as written.
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        // The file is served as JSON, never inlined in HTML, so readable accents beat \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    // Serialization code generated at compile time: reflecting over these types on first use took
    // ~50 ms of every build, on one core, and the native binary has no reflection-based serializer.
    [JsonSerializable(typeof(PlaybookFile))]
    private sealed partial class Metadata : JsonSerializerContext;

    public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
    {
        var config = context.Config;
        var site = new PlaybookFile(
            new SiteEntry(config.Site.Title, config.Site.Description, context.BaseUrl, config.Site.Language),
            config.Stages.Select(s => new StageEntry(s.Id, s.Title, s.Summary)).ToList(),
            config.Phases.Select(p => new PhaseEntry(p.Id, p.Title, p.Stages)).ToList(),
            SiteFiles.Authored(pages).Select(p => new PageEntry(
                p.Id, p.Title, p.Url, SiteFiles.Absolute(context, p.Url), p.Kind, p.FrontMatter.Stages, p.FrontMatter.Phase,
                p.FrontMatter.Tags, p.FrontMatter.Description, p.FrontMatter.Date, p.FrontMatter.Updated,
                p.Get(ExtractChecklist.Key), p.Get(ReadGuideGraph.Key), p.Get(ExtractWorksheet.Key))).ToList());
        var bytes = JsonSerializer.SerializeToUtf8Bytes(site, Json.PlaybookFile);
        IReadOnlyList<Page> output = [.. pages, SiteFiles.File(Url, [.. bytes, (byte)'\n'])];
        return Task.FromResult(output);
    }

    private sealed record PlaybookFile(SiteEntry Site, IReadOnlyList<StageEntry> Stages, IReadOnlyList<PhaseEntry> Phases, IReadOnlyList<PageEntry> Pages);

    private sealed record SiteEntry(string Title, string Description, string BaseUrl, string Language);

    private sealed record StageEntry(string Id, string Title, string Summary);

    private sealed record PhaseEntry(string Id, string Title, IReadOnlyList<string> Stages);

    private sealed record PageEntry(
        string Id, string Title, string Url, string Permalink, string Kind, IReadOnlyList<string> Stages, string? Phase,
        IReadOnlyList<string> Tags, string? Description, DateOnly? Date, DateOnly? Updated, IReadOnlyList<ChecklistItem>? Checklist, GuideGraph? Guide,
        WorksheetData? Worksheet);
}
