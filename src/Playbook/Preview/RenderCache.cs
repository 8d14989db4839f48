using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Playbook.Html;
using Playbook.Pipeline;
using Playbook.Search;

namespace Playbook.Preview;

/// <summary>
/// What <c>preview</c> keeps between builds so a one-page edit does not parse and lay out every
/// page again:
/// <list type="bullet">
/// <item>each file as <see cref="Modules.ReadInput"/> read it, while its bytes are the same
/// (<see cref="CachedFileSet"/> hands back the same array until the watcher reports a change), so
/// an unchanged page's text is the same string from save to save and compares at once;</item>
/// <item>each page as <see cref="Modules.RenderMarkdown"/> left it, keyed by its file and text, so
/// an unchanged page is not parsed, linked and rendered again. Its links were resolved against the
/// other pages' ids, URLs and titles, so <see cref="IncrementalBuilder"/> forgets these bodies when
/// those change, and never keeps a page that had a diagnostic (it is parsed again to report it);</item>
/// <item>each page's layout output, keyed by a hash of the page's whole view model (site and
/// page), and the ids and links read from it. A page whose model did not change (its own text,
/// navigation, lists, backlinks, assets) is not laid out or read again;</item>
/// <item>each body's search sections and each page's counted search terms.</item>
/// </list>
/// <see cref="CacheLayer"/> puts it around the build's steps, which know nothing of it.
/// Layouts and playbook.yml are not part of any key, so <see cref="IncrementalBuilder"/> clears the
/// cache when the theme or playbook.yml changes.
/// </summary>
public sealed class RenderCache : BuildSearchIndex.IMemo
{
    private readonly KeptWhileUsed<string, (byte[] Bytes, Page Page)> _reads = new(StringComparer.Ordinal);
    private readonly KeptWhileUsed<string, byte[]> _layouts = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<byte[], CollectIdsAndLinks.Found> _idsAndLinks = new();
    private readonly KeptWhileUsed<string, Page> _bodies = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<string, IReadOnlyList<Section>> _sections = new();
    private readonly KeptWhileUsed<SearchDocument, SearchIndexBuilder.TermCounts> _termCounts = new(null);
    private int _rendered;
    private int _parsed;
    private int _reused;

    /// <summary>Pages laid out (cache misses) since <see cref="BeginBuild"/>.</summary>
    public int Rendered => _rendered;

    /// <summary>Pages parsed and rendered from Markdown (no kept body matched) since <see cref="BeginBuild"/>.</summary>
    public int Parsed => _parsed;

    /// <summary>Pages whose kept body this build used instead of parsing them.</summary>
    public int Reused => _reused;

    /// <summary>Every map that holds only what the last build used; a new map is added here, once.</summary>
    private IKeptWhileUsed[] Kept => [_reads, _layouts, _bodies, _termCounts];

    public void BeginBuild()
    {
        foreach (var map in Kept) map.BeginBuild();
        _rendered = 0;
        _parsed = 0;
        _reused = 0;
    }

    /// <summary>Forgets what the last build did not use, so the cache holds one site, not every edit.</summary>
    public void EndBuild()
    {
        foreach (var map in Kept) map.EndBuild();
    }

    public void Clear()
    {
        foreach (var map in Kept) map.Clear();
        _sections.Clear();
        _idsAndLinks.Clear();
    }

    /// <summary>
    /// The page an earlier build read from the same bytes, or <paramref name="read"/>'s. A file
    /// that could not be read (a diagnostic, no page) is not kept, so it is reported again.
    /// </summary>
    public Page? Read(string path, byte[] bytes, Func<Page?> read)
    {
        if (_reads.TryGet(path, out var kept) && (ReferenceEquals(kept.Bytes, bytes) || kept.Bytes.AsSpan().SequenceEqual(bytes))) return kept.Page;
        var page = read();
        if (page is not null) _reads.Set(path, (bytes, page));
        return page;
    }

    /// <summary>The page as an earlier build rendered it, when its file holds the same text; otherwise null, and the page counts as parsed.</summary>
    public Page? RenderedBody(Page read)
    {
        if (_bodies.TryGet(read.SourcePath, out var kept) && string.Equals(kept.Source, read.Source, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _reused);
            return kept;
        }
        Interlocked.Increment(ref _parsed);
        return null;
    }

    /// <summary>The page's body as the last build rendered it, if it was kept.</summary>
    public Page? KeptBody(string sourcePath) => _bodies.TryGet(sourcePath, out var kept) ? kept : null;

    public void KeepBody(Page rendered) => _bodies.Set(rendered.SourcePath, rendered);

    /// <summary>Bodies are parsed again: all of them, or those of the files named.</summary>
    public void ForgetBodies(IEnumerable<string>? files = null)
    {
        if (files is null) _bodies.Clear();
        else foreach (var file in files) _bodies.Remove(file);
    }

    /// <summary>
    /// A body's text cut into search sections, once per body: a kept page's body is the same
    /// string from save to save (strings never change, so the same string means the same text).
    /// </summary>
    public IReadOnlyList<Section> Sections(string html, Func<string, IReadOnlyList<Section>> cut) =>
        _sections.GetValue(html, h => cut(h));

    /// <summary>
    /// A page's counted search terms, while its search document is equal: the same text fields, and
    /// the same lists (a kept page's stages, tags and sections are the same lists from save to save).
    /// </summary>
    public SearchIndexBuilder.TermCounts TermCounts(SearchDocument document, Func<SearchDocument, SearchIndexBuilder.TermCounts> count)
        => _termCounts.GetOrAdd(document, count);

    /// <summary>The cached layout output for this model, or <paramref name="render"/>'s; null when rendering failed.</summary>
    public byte[]? Layout(string fingerprint, Func<byte[]?> render)
    {
        if (_layouts.TryGet(fingerprint, out var html)) return html;
        Interlocked.Increment(ref _rendered);
        var rendered = render();
        // A failed render reported diagnostics; it is not cached so the next build reports them again.
        if (rendered is not null) _layouts.Set(fingerprint, rendered);
        return rendered;
    }

    /// <summary>
    /// What an earlier build read from this page, when it is the very array a kept layout gave
    /// (nothing writes to a page's bytes once laid out, so the same array means the same page; it is dropped with the layout).
    /// </summary>
    public CollectIdsAndLinks.Found? IdsAndLinks(byte[] html) => _idsAndLinks.TryGetValue(html, out var found) ? found : null;

    public void KeepIdsAndLinks(byte[] html, CollectIdsAndLinks.Found found) => _idsAndLinks.AddOrUpdate(html, found);

    /// <summary>
    /// Entries that a build looked up or stored survive its end, the others are dropped: the cache
    /// holds one site, not every edit of a session.
    /// </summary>
    private interface IKeptWhileUsed
    {
        void BeginBuild();
        void EndBuild();
        void Clear();
    }

    private sealed class KeptWhileUsed<TKey, TValue>(IEqualityComparer<TKey>? comparer) : IKeptWhileUsed where TKey : notnull
    {
        private readonly ConcurrentDictionary<TKey, TValue> _entries = new(comparer);
        private readonly ConcurrentDictionary<TKey, byte> _used = new(comparer);

        public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value)
        {
            _used[key] = 0;
            return _entries.TryGetValue(key, out value);
        }

        public TValue GetOrAdd(TKey key, Func<TKey, TValue> make)
        {
            _used[key] = 0;
            return _entries.GetOrAdd(key, make);
        }

        public void Set(TKey key, TValue value)
        {
            _used[key] = 0;
            _entries[key] = value;
        }

        public void Remove(TKey key) => _entries.TryRemove(key, out _);

        public void Clear() => _entries.Clear();

        public void BeginBuild() => _used.Clear();

        public void EndBuild()
        {
            foreach (var key in _entries.Keys.Where(k => !_used.ContainsKey(k))) _entries.TryRemove(key, out _);
        }
    }

    /// <summary>A stable hash of Liquid model values: hashes (in the order they were built) and lists, down to their values.</summary>
    public static string Fingerprint(params object?[] parts)
    {
        // Every page's model is hashed on every save, so the text is hashed where it is built:
        // a buffer kept per thread, its chunks hashed as they are, with no string or UTF-8 copy.
        var text = t_text ?? new StringBuilder(16 * 1024);
        t_text = null;
        try
        {
            foreach (var part in parts)
            {
                Write(text, part);
                text.Append('\u0001');
            }
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var chunk in text.GetChunks()) hash.AppendData(MemoryMarshal.AsBytes(chunk.Span));
            return Convert.ToHexString(hash.GetHashAndReset());
        }
        finally
        {
            if (text.Capacity <= 1 << 20) t_text = text.Clear();
        }
    }

    [ThreadStatic] private static StringBuilder? t_text;

    private static void Write(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null: text.Append('\u0002'); break;
            case string s: text.Append('"').Append(s.Length).Append(':').Append(s); break;
            case IDictionary hash:
                // In the order the model was built, which is fixed per type: a model built in
                // another order would only hash differently and be laid out again, never wrongly reused.
                text.Append('{');
                foreach (DictionaryEntry entry in hash)
                {
                    text.Append((string)entry.Key).Append('=');
                    Write(text, entry.Value);
                    text.Append(';');
                }
                text.Append('}');
                break;
            case IEnumerable list:
                text.Append('[');
                foreach (var item in list) { Write(text, item); text.Append(','); }
                text.Append(']');
                break;
            case IFormattable f: text.Append(f.ToString(null, CultureInfo.InvariantCulture)); break;
            default: text.Append(value); break;
        }
    }
}
