using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Playbook.Modules;

namespace Playbook.Search;

/// <summary>A file of the index, with its path under /search/.</summary>
public sealed record IndexFile(string Path, byte[] Bytes);

/// <summary>
/// Cuts the index into the files the browser fetches, so a query loads only what it needs:
/// <list type="bullet">
/// <item><c>manifest.json</c> (stable URL): stop words, facet names, each page's stage and kind
/// packed as digits, and the fingerprinted name of every shard;</item>
/// <item><c>shards/&lt;prefix&gt;.&lt;hash&gt;.json</c>: the terms starting with one prefix (see <see cref="Shards"/>),
/// as <c>[term, postings]</c>, postings packed as <see cref="Digits"/> text;</item>
/// <item><c>docs/&lt;hash&gt;/&lt;b&gt;.json</c>: an array of <see cref="DocsPerFile"/> pages' title, URL,
/// description and parts (sections, checklist items, guide steps: heading, anchor, text; page n is
/// item n % DocsPerFile of file n / DocsPerFile), fetched only for the results shown: snippets are
/// cut from the parts' text, and the parts that hold the words searched are listed under their page.</item>
/// </list>
/// Every name that can change carries a content hash, so all but the manifest can be cached for good.
/// </summary>
public static class SearchIndexEncoder
{
    public const string ManifestPath = "manifest.json";
    /// <summary>
    /// Characters of part text kept for snippets over the whole site (a page's stage and kind are in the
    /// manifest's facets, so its file holds only what the snippet needs). A playbook of a few hundred pages
    /// keeps every part whole, so a snippet can always be cut round the words searched; a larger one
    /// keeps each page an equal share (never under <see cref="MinPageChars"/>), so the index grows
    /// no faster than the pages.
    /// </summary>
    public const int TextBudget = 6_000_000;
    public const int MinPageChars = 1_500;
    public const int MaxShardChars = 24_000;

    /// <summary>
    /// Pages per result file. One file per page cost the build a file, and the host an upload, for
    /// every page (creating 4,000 small files took longer than indexing them); eight keep a file
    /// near 16 KB, about 4 KB compressed, so the six results under the header box stay small to fetch.
    /// </summary>
    public const int DocsPerFile = 8;

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<IndexFile> Encode(SearchIndex index)
    {
        var files = new List<IndexFile>();

        var pageChars = Math.Max(MinPageChars, TextBudget / Math.Max(1, index.Documents.Count));
        var docs = index.Documents.AsParallel().AsOrdered().Select(d => Document(d, pageChars)).ToList();
        var docsFolder = $"docs/{Hash(docs)}/";
        files.AddRange(docs.Chunk(DocsPerFile).Select((chunk, n) => new IndexFile(docsFolder + n.ToString(CultureInfo.InvariantCulture) + ".json", JsonArray(chunk))));

        var shards = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in Shards(index.Terms))
        {
            var bytes = Json(w =>
            {
                w.WriteStartArray();
                foreach (var term in group)
                {
                    w.WriteStartArray();
                    w.WriteStringValue(term.Term);
                    w.WriteStringValue(Postings(term.Postings));
                    w.WriteEndArray();
                }
                w.WriteEndArray();
            });
            var path = CopyThemeAssets.Fingerprint($"shards/{FileSafe(group.Key)}.json", bytes);
            shards[group.Key] = path["shards/".Length..^".json".Length];
            files.Add(new IndexFile(path, bytes));
        }

        files.Add(new IndexFile(ManifestPath, Manifest(index, docsFolder, shards)));
        return files;
    }

    /// <summary>
    /// Terms are sharded by their first two characters, so the shards a query word needs are known
    /// before any is fetched: those whose key starts with the word or with which the word starts. A
    /// shard over <see cref="MaxShardChars"/> is cut again by one more character, so no common
    /// prefix makes every query that starts with it fetch a large file.
    /// </summary>
    public static IEnumerable<IGrouping<string, IndexTerm>> Shards(IEnumerable<IndexTerm> terms, int maxChars = MaxShardChars, int length = 2)
    {
        foreach (var group in terms.GroupBy(t => t.Term.Length <= length ? t.Term : t.Term[..length]))
        {
            var chars = group.Sum(t => t.Term.Length + t.Postings.Count * 2);
            if (chars <= maxChars || group.All(t => t.Term.Length <= length)) yield return group;
            else foreach (var smaller in Shards(group, maxChars, length + 1)) yield return smaller;
        }
    }

    public static string Postings(IReadOnlyList<Posting> postings)
    {
        var sb = new StringBuilder(postings.Count * 2);
        var previous = 0;
        foreach (var posting in postings)
        {
            Digits.AppendVarint(sb, posting.Document - previous);
            sb.Append(Digits.Alphabet[posting.Weight]);
            previous = posting.Document;
        }
        return sb.ToString();
    }

    /// <summary>Each page's stage set and kind as one number (kind index above a bit per stage), in fixed-width digits.</summary>
    public static (int Width, string Text) Facets(SearchIndex index)
    {
        var kinds = index.Kinds.Select((k, i) => (k.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var codes = index.Documents.Select(d =>
        {
            var mask = 0;
            for (var s = 0; s < index.Stages.Count; s++)
                if (d.Stages.Contains(index.Stages[s].Id)) mask |= 1 << s;
            return (kinds[d.Kind] << index.Stages.Count) | mask;
        }).ToList();
        var width = 1;
        while (codes.Count > 0 && codes.Max() >= 1 << (6 * width)) width++;
        var sb = new StringBuilder(codes.Count * width);
        foreach (var code in codes) Digits.AppendFixed(sb, code, width);
        return (width, sb.ToString());
    }

    private static byte[] Manifest(SearchIndex index, string docsFolder, SortedDictionary<string, string> shards)
    {
        var (width, facets) = Facets(index);
        return Json(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("version", 1);
            w.WriteNumber("documents", index.Documents.Count);
            w.WriteString("docs", docsFolder);
            w.WriteNumber("docsPerFile", DocsPerFile);
            w.WriteStartArray("stop");
            foreach (var word in SearchText.StopWords) w.WriteStringValue(word);
            w.WriteEndArray();
            WriteFacets(w, "stages", index.Stages);
            WriteFacets(w, "kinds", index.Kinds);
            w.WriteNumber("facetWidth", width);
            w.WriteString("facets", facets);
            w.WriteStartArray("lists");
            for (var d = 0; d < index.Documents.Count; d++)
                if (index.Documents[d].IsListPage) w.WriteNumberValue(d);
            w.WriteEndArray();
            w.WriteStartObject("shards");
            foreach (var (key, name) in shards) w.WriteString(key, name);
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    private static void WriteFacets(Utf8JsonWriter w, string name, IReadOnlyList<Facet> facets)
    {
        w.WriteStartArray(name);
        foreach (var facet in facets)
        {
            w.WriteStartArray();
            w.WriteStringValue(facet.Id);
            w.WriteStringValue(facet.Title);
            w.WriteEndArray();
        }
        w.WriteEndArray();
    }

    private static byte[] Document(SearchDocument doc, int pageChars) => Json(w =>
    {
        w.WriteStartObject();
        w.WriteString("title", doc.Title);
        w.WriteString("url", doc.Url);
        w.WriteString("description", doc.Description);
        w.WriteStartArray("sections");
        var parts = doc.Sections.Where(s => s.Text.Length > 0 || s.Anchor.Length > 0).ToList();
        // The parts' headings and anchors are part of the page's share: a checklist of twenty items keeps shorter texts.
        var cap = PartChars(parts.Select(s => s.Text.Length).ToList(), Math.Max(0, pageChars - parts.Sum(s => s.Heading.Length + s.Anchor.Length)));
        foreach (var part in parts)
        {
            w.WriteStartArray();
            w.WriteStringValue(part.Heading);
            w.WriteStringValue(part.Anchor);
            w.WriteStringValue(Excerpt(part.Text, cap));
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>The most characters each part may keep so that all of them fit in <paramref name="budget"/>: short parts whole, long ones cut to the same length.</summary>
    public static int PartChars(IReadOnlyList<int> lengths, int budget)
    {
        var sorted = lengths.Order().ToList();
        var left = budget;
        for (var i = 0; i < sorted.Count; i++)
        {
            var even = left / (sorted.Count - i);
            if (sorted[i] > even) return even;
            left -= sorted[i];
        }
        return int.MaxValue;
    }

    /// <summary>The start of a part, cut at a word boundary when it is longer than <paramref name="max"/>.</summary>
    public static string Excerpt(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max);
        return text[..(cut > max / 2 ? cut : max)] + "…";
    }

    private static string FileSafe(string key)
    {
        var sb = new StringBuilder();
        foreach (var c in key)
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else sb.Append('_').Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    private static string Hash(IEnumerable<byte[]> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files) sha.AppendData(file);
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..10];
    }

    /// <summary>Documents already encoded as JSON, joined into one array without decoding them again.</summary>
    private static byte[] JsonArray(byte[][] items)
    {
        var bytes = new byte[items.Sum(i => i.Length) + items.Length + 1];
        var at = 0;
        for (var i = 0; i < items.Length; i++)
        {
            bytes[at++] = (byte)(i == 0 ? '[' : ',');
            items[i].CopyTo(bytes, at);
            at += items[i].Length;
        }
        bytes[at] = (byte)']';
        return bytes;
    }

    /// <summary>Each thread's buffer, kept from one file to the next: a new stream per file grew (and so copied) every document's bytes several times.</summary>
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>();
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, Compact)) write(writer);
        return buffer.WrittenSpan.ToArray();
    }
}
