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
    [JsonSerializable(typeof(PageEntry))]
    private sealed partial class Metadata : JsonSerializerContext;

    public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
    {
        var config = context.Config;
        var authored = SiteFiles.Authored(pages);
        // Each page's entry is written on its own, beside the others, and the entries are set into
        // the file as one serialization would indent them: at 16,000 pages the 27 MB file took
        // 640 ms on one core, most of it growing and copying one buffer.
        var entries = new byte[authored.Count][];
        Parallel.For(0, authored.Count, i => entries[i] = JsonSerializer.SerializeToUtf8Bytes(Entry(authored[i], context), Json.PageEntry));
        var site = new PlaybookFile(
            new SiteEntry(config.Site.Title, config.Site.Description, context.BaseUrl, config.Site.Language),
            config.Stages.Select(s => new StageEntry(s.Id, s.Title, s.Summary)).ToList(),
            config.Phases.Select(p => new PhaseEntry(p.Id, p.Title, p.Stages)).ToList(),
            []);
        var bytes = Join(JsonSerializer.SerializeToUtf8Bytes(site, Json.PlaybookFile), entries);
        IReadOnlyList<Page> output = [.. pages, SiteFiles.File(Url, bytes)];
        return Task.FromResult(output);
    }

    private static PageEntry Entry(Page p, BuildContext context) => new(
        p.Id, p.Title, p.Url, SiteFiles.Absolute(context, p.Url), p.Kind, p.FrontMatter.Stages, p.FrontMatter.Phase,
        p.FrontMatter.Tags, p.FrontMatter.Description, p.FrontMatter.Date, p.FrontMatter.Updated,
        p.Get(ExtractChecklist.Key), p.Get(ReadGuideGraph.Key), p.Get(ExtractWorksheet.Key));

    /// <summary>
    /// The file with no pages, whose last property is <c>"pages": []</c>, with the entries put into
    /// that array two levels deep, and a final newline. JSON strings hold no raw newline, so every
    /// newline of an entry starts a line to indent.
    /// </summary>
    private static byte[] Join(byte[] empty, byte[][] entries)
    {
        ReadOnlySpan<byte> emptyEnd = "[]\n}"u8, indent = "    "u8, end = "\n  ]\n}\n"u8;
        if (!empty.AsSpan().EndsWith(emptyEnd)) throw new InvalidOperationException("playbook.json without pages no longer ends with its empty page list");
        if (entries.Length == 0) return [.. empty, (byte)'\n'];
        var head = empty.AsSpan(0, empty.Length - emptyEnd.Length);
        // Each entry's lines each start with a newline and the indent; commas go between entries.
        var length = head.Length + 1 + end.Length + entries.Length - 1;
        foreach (var entry in entries)
        {
            var newlines = entry.AsSpan().Count((byte)'\n');
            length += (newlines + 1) * (1 + indent.Length) + entry.Length - newlines;
        }
        var bytes = new byte[length];
        var at = 0;
        void Put(ReadOnlySpan<byte> part)
        {
            part.CopyTo(bytes.AsSpan(at));
            at += part.Length;
        }
        Put(head);
        Put("["u8);
        for (var i = 0; i < entries.Length; i++)
        {
            if (i > 0) Put(","u8);
            var rest = entries[i].AsSpan();
            while (true)
            {
                Put("\n"u8);
                Put(indent);
                var newline = rest.IndexOf((byte)'\n');
                if (newline < 0) break;
                Put(rest[..newline]);
                rest = rest[(newline + 1)..];
            }
            Put(rest);
        }
        Put(end);
        return bytes;
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
