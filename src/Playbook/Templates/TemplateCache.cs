using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using DotLiquid;
using DotLiquid.Exceptions;
using DotLiquid.FileSystems;
using Playbook.Pipeline;

namespace Playbook.Templates;

/// <summary>
/// The theme's Liquid layouts and includes, each parsed once and kept until its file changes
/// (keyed by path and timestamp), so <c>preview</c> re-parses only what was edited. A template
/// that does not parse is a diagnostic at its line, never an exception.
/// </summary>
public sealed partial class TemplateCache(IFileSet theme) : ITemplateFileSystem
{
    public const string LayoutsFolder = "layouts";
    public const string IncludesFolder = "includes";

    private readonly ConcurrentDictionary<string, (DateTime Stamp, Template? Template, Diagnostic? Error)> _cache = new();

    static TemplateCache()
    {
        // DotLiquid converts every filter name with two regular expressions each time a render
        // starts; the names never change, so each is converted once.
        Template.NamingConvention = new CachedNamingConvention(Template.NamingConvention);
        Template.RegisterFilter(typeof(PlaybookFilters));
    }

    public IFileSet Theme { get; } = theme;

    public bool HasLayout(string name) => Theme.Read($"{LayoutsFolder}/{name}.liquid") is not null;

    /// <summary>A layout by name, or the diagnostic that says why it cannot be used.</summary>
    public (Template? Template, Diagnostic? Error) Layout(string name) => Get($"{LayoutsFolder}/{name}.liquid");

    private (Template? Template, Diagnostic? Error) Get(string path)
    {
        var stamp = Theme.Stamp(path);
        if (_cache.TryGetValue(path, out var hit) && hit.Stamp == stamp) return (hit.Template, hit.Error);
        var entry = Parse(path, stamp);
        _cache[path] = entry;
        return (entry.Template, entry.Error);
    }

    private (DateTime Stamp, Template? Template, Diagnostic? Error) Parse(string path, DateTime stamp)
    {
        var bytes = Theme.Read(path);
        var file = "theme/" + path;
        if (bytes is null)
            return (stamp, null, Diagnostic.Error(file, 0, 0, "PB0402", $"the theme has no {path}; add it or choose another layout"));
        var source = Encoding.UTF8.GetString(bytes);
        try
        {
            var template = Template.Parse(source);
            return (stamp, template, null);
        }
        catch (LiquidException e)
        {
            var (line, column) = Locate(source, e.Message);
            return (stamp, null, Diagnostic.Error(file, line, column, "PB0401", $"the layout does not parse: {e.Message}"));
        }
    }

    /// <summary>Renders a layout; a runtime error (an include that fails, a bad filter) becomes a diagnostic.</summary>
    public string? Render(string name, Hash model, string pageFile, Diagnostics diagnostics)
    {
        var (template, error) = Layout(name);
        if (template is null)
        {
            // The same error for every page that uses the layout: Diagnostics keeps it once.
            diagnostics.Add(error!);
            return null;
        }
        // A fresh Context per render, rendered straight from the parsed tree: Template.Render
        // keeps per-template state, and its thread-safe mode ignores registers (so includes).
        var liquid = new Context([model], new Hash(), new Hash { ["file_system"] = this }, ErrorsOutputMode.Rethrow,
            maxIterations: 0, System.Globalization.CultureInfo.InvariantCulture, CancellationToken.None);
        try
        {
            using var writer = new StringWriter();
            template.Root.Render(liquid, writer);
            return writer.ToString();
        }
        catch (Exception e) when (e is LiquidException or InvalidOperationException or System.ArgumentException)
        {
            diagnostics.Add(Diagnostic.Error($"theme/{LayoutsFolder}/{name}.liquid", 1, 1, "PB0403",
                $"the layout failed while rendering {pageFile}: {e.Message}"));
            return null;
        }
    }

    // Includes are named without quotes or extension in DotLiquid's call: {% include 'header' %}.
    Template ITemplateFileSystem.GetTemplate(Context context, string templateName)
    {
        var name = templateName.Trim('\'', '"');
        var (template, error) = Get($"{IncludesFolder}/{name}.liquid");
        return template ?? throw new FileSystemException(error!.ToString());
    }

    string DotLiquid.FileSystems.IFileSystem.ReadTemplateFile(Context context, string templateName) =>
        Encoding.UTF8.GetString(Theme.Read($"{IncludesFolder}/{templateName.Trim('\'', '"')}.liquid") ?? []);

    /// <summary>DotLiquid's messages carry no position, so find the tag or variable they name in the source.</summary>
    private static (int Line, int Column) Locate(string source, string message)
    {
        var unknown = NamedTag().Match(message);
        var unclosed = UnclosedTag().Match(message);
        var index = -1;
        if (unclosed.Success)
            index = TagPattern(unclosed.Groups[1].Value).Matches(source).LastOrDefault()?.Index ?? -1;
        else if (unknown.Success)
            index = TagPattern(unknown.Groups[1].Value).Match(source) is { Success: true } m ? m.Index : -1;
        if (index < 0 && message.Contains("Variable '"))
            index = source.IndexOf(message.Split('\'')[1], StringComparison.Ordinal);
        if (index < 0) return (1, 1);
        var line = 1 + source.AsSpan(0, index).Count('\n');
        var column = index - (source.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1) + 1;
        return (line, column);
    }

    private static Regex TagPattern(string name) => new(@"\{%-?\s*" + Regex.Escape(name) + @"\b");

    [GeneratedRegex(@"Unknown tag '([^']+)'")]
    private static partial Regex NamedTag();

    [GeneratedRegex(@"^(\w+) tag was never closed")]
    private static partial Regex UnclosedTag();
}
