using System.Collections.Concurrent;
using System.Text;
using Playbook.Diagnostics;
using Playbook.Files;
using Playbook.Templates.Liquid;

namespace Playbook.Templates;

/// <summary>
/// The theme's Liquid layouts and includes, each parsed once and kept until its file changes
/// (keyed by path and timestamp), so <c>preview</c> re-parses only what was edited. A template
/// that does not parse is a diagnostic at its line and column, never an exception.
/// </summary>
public sealed class TemplateCache(IFileSet theme)
{
    public const string LayoutsFolder = "layouts";
    public const string IncludesFolder = "includes";

    private readonly ConcurrentDictionary<string, (DateTime Stamp, LiquidTemplate? Template, Diagnostic? Error)> _cache = new();

    // Files whose timestamp this build has looked at: every page renders ~25 templates, and a
    // file's time need not be asked for 100,000 times in a 4,000-page build.
    private readonly ConcurrentDictionary<string, byte> _checked = new();

    public IFileSet Theme { get; } = theme;

    /// <summary>A build starts: each template's timestamp is looked at again, once.</summary>
    public void BeginBuild() => _checked.Clear();

    public bool HasLayout(string name) => Get($"{LayoutsFolder}/{name}.liquid").Error?.RuleId != MissingRule;

    private const string MissingRule = "PB0402";

    /// <summary>Whether a layout parses, and if not, the diagnostic that says why.</summary>
    public Diagnostic? LayoutError(string name) => Get($"{LayoutsFolder}/{name}.liquid").Error;

    private (LiquidTemplate? Template, Diagnostic? Error) Get(string path)
    {
        if (_checked.ContainsKey(path) && _cache.TryGetValue(path, out var known)) return (known.Template, known.Error);
        var stamp = Theme.Stamp(path);
        if (!_cache.TryGetValue(path, out var entry) || entry.Stamp != stamp)
            _cache[path] = entry = Parse(path, stamp);
        _checked[path] = 0;
        return (entry.Template, entry.Error);
    }

    private (DateTime Stamp, LiquidTemplate? Template, Diagnostic? Error) Parse(string path, DateTime stamp)
    {
        var read = Theme.Read(path);
        var file = "theme/" + path;
        if (read.IsMissing)
            return (stamp, null, Diagnostic.Error(file, 0, 0, MissingRule, $"the theme has no {path}; add it or choose another layout"));
        if (read.Bytes is not { } bytes)
            return (stamp, null, read.Error(file));
        var decoding = new DiagnosticList();
        if (Utf8Text.Decode(file, bytes, decoding) is not { } source)
            return (stamp, null, decoding.Sorted()[0]);
        try
        {
            return (stamp, LiquidParser.Parse(source, path), null);
        }
        catch (LiquidException e)
        {
            return (stamp, null, Diagnostic.Error(file, e.Line, e.Column, "PB0401", $"the {(path.StartsWith(IncludesFolder) ? "include" : "layout")} does not parse: {e.Message}"));
        }
    }

    /// <summary>Renders a layout; a runtime error (an include that fails, a bad filter) becomes a diagnostic.</summary>
    public string? Render(string name, IReadOnlyDictionary<string, object?> model, string pageFile, DiagnosticList diagnostics) =>
        Render(name, model, pageFile, diagnostics, static output => output.ToString());

    /// <summary>
    /// Renders a layout as UTF-8, encoded straight from the render's buffer: a finished page is
    /// kept as the bytes that are written, and so it never exists as text as well.
    /// </summary>
    public byte[]? RenderUtf8(string name, IReadOnlyDictionary<string, object?> model, string pageFile, DiagnosticList diagnostics) =>
        Render(name, model, pageFile, diagnostics, Utf8);

    private static byte[] Utf8(StringBuilder output)
    {
        // The buffer a thread keeps is one chunk once it has grown to a page's size; a first, chunked render goes through a string.
        var chunks = output.GetChunks();
        if (!chunks.MoveNext()) return [];
        if (chunks.Current.Length != output.Length) return Encoding.UTF8.GetBytes(output.ToString());
        var text = chunks.Current.Span;
        var bytes = new byte[Encoding.UTF8.GetByteCount(text)];
        Encoding.UTF8.GetBytes(text, bytes);
        return bytes;
    }

    private T? Render<T>(string name, IReadOnlyDictionary<string, object?> model, string pageFile, DiagnosticList diagnostics, Func<StringBuilder, T> result)
        where T : class
    {
        var (template, error) = Get($"{LayoutsFolder}/{name}.liquid");
        if (template is null)
        {
            // The same error for every page that uses the layout: DiagnosticList keeps it once.
            diagnostics.Add(error!);
            return null;
        }
        try
        {
            return template.Render(model, Include, result);
        }
        catch (IncludeDoesNotParse e)
        {
            diagnostics.Add(e.Error);
            return null;
        }
        catch (LiquidException e)
        {
            var failed = e.Template ?? template.Name;
            diagnostics.Add(Diagnostic.Error($"theme/{failed}", e.Line, e.Column, "PB0403",
                $"the {(failed.StartsWith(IncludesFolder, StringComparison.Ordinal) ? "include" : "layout")} failed while rendering {pageFile}: {e.Message}"));
            return null;
        }
    }

    private LiquidTemplate Include(string name)
    {
        var (template, error) = Get($"{IncludesFolder}/{name}.liquid");
        if (template is not null) return template;
        if (error!.RuleId == MissingRule)
            throw new LiquidException($"include '{name}' is not in theme/{IncludesFolder}; add {IncludesFolder}/{name}.liquid");
        throw new IncludeDoesNotParse(error);
    }

    /// <summary>An include's own parse error, reported at its line rather than at the tag that includes it.</summary>
    private sealed class IncludeDoesNotParse(Diagnostic error) : Exception(error.Message)
    {
        public Diagnostic Error { get; } = error;
    }
}
