using Playbook.Diagnostics;
using Playbook.Files;
using YamlDotNet.RepresentationModel;

namespace Playbook.Model;

/// <summary>Reads <c>playbook.yml</c> into <see cref="PlaybookConfig"/>, reporting every problem with its line.</summary>
public static class ConfigReader
{
    public const string FileName = "playbook.yml";
    public const string SyntaxRule = "PB0001";
    public const string InvalidRule = "PB0002";
    public const string ExampleEditUrlRule = "PB0003";

    private static readonly string[] TopLevel = ["site", "stages", "phases", "tags", "kinds", "nav"];
    private static readonly string[] SiteFields = ["title", "description", "base_url", "language", "edit_url"];
    private static readonly string[] StageFields = ["id", "title", "summary"];
    private static readonly string[] PhaseFields = ["id", "title", "stages"];
    private static readonly string[] KindFields = ["folder", "title", "required"];
    private static readonly string[] NavFields = ["title", "url"];

    /// <summary>playbook.yml of an input folder: missing is PB0001, unreadable PB0122, bytes that are not UTF-8 are PB0113.</summary>
    public static PlaybookConfig? Load(IFileSet input, DiagnosticList diagnostics)
    {
        var read = input.Read(FileName);
        if (read.IsMissing) return Read(null, diagnostics);
        if (read.Bytes is not { } bytes)
        {
            diagnostics.Add(read.Error(FileName));
            return null;
        }
        return Utf8Text.Decode(FileName, bytes, diagnostics) is { } text ? Read(text, diagnostics) : null;
    }

    public static PlaybookConfig? Read(string? text, DiagnosticList diagnostics)
    {
        if (text is null)
        {
            diagnostics.Add(Diagnostic.Error(FileName, 0, 0, SyntaxRule,
                "playbook.yml is missing; every playbook needs one at the top of its input folder (see README)"));
            return null;
        }
        var before = diagnostics.Sorted().Count(d => d.Severity == Severity.Error);
        var root = YamlValues.Parse(text.TrimStart('\uFEFF'), FileName, 0, diagnostics, SyntaxRule);
        if (root is null) return null;
        var values = new YamlValues(FileName, 0, diagnostics, InvalidRule);
        if (root is not YamlMappingNode map)
        {
            values.Report(root, "playbook.yml must be a mapping with site, stages, phases, tags, kinds and nav");
            return null;
        }
        var fields = Fields(map, TopLevel, values, "playbook.yml");

        var site = ReadSite(fields.GetValueOrDefault("site"), map, values);
        var stages = ReadList(fields.GetValueOrDefault("stages"), "stages", values, StageFields,
            (m, f) => new Stage(Required(m, f, "id", values) ?? "", Required(m, f, "title", values) ?? "", Optional(f, "summary", values) ?? ""));
        RequireUniqueIds(fields.GetValueOrDefault("stages"), values);
        if (stages.Count == 0) values.Report(fields.GetValueOrDefault("stages") ?? map, "playbook.yml must declare at least one stage under 'stages'");

        var stageIds = stages.Select(s => s.Id).ToList();
        var phases = ReadList(fields.GetValueOrDefault("phases"), "phases", values, PhaseFields, (m, f) =>
        {
            if (!f.TryGetValue("stages", out var node)) values.Report(m, "missing required field 'stages' in this phase; add 'stages: [<stage id>]'");
            var phaseStages = node is null ? [] : values.TextList(node, "stages");
            foreach (var s in phaseStages.Where(s => !stageIds.Contains(s)))
                values.Report(f["stages"], $"phase stage '{s}' is not a declared stage{Suggest.DidYouMean(s, stageIds)}");
            return new Phase(Required(m, f, "id", values) ?? "", Required(m, f, "title", values) ?? "", phaseStages);
        });
        RequireUniqueIds(fields.GetValueOrDefault("phases"), values);

        var tags = fields.TryGetValue("tags", out var tagNode) ? values.TextList(tagNode, "tags") : [];
        var kinds = ReadKinds(fields.GetValueOrDefault("kinds"), values);
        var nav = ReadList(fields.GetValueOrDefault("nav"), "nav", values, NavFields,
            (m, f) => new NavItem(Required(m, f, "title", values) ?? "", Required(m, f, "url", values) ?? "/"));

        var after = diagnostics.Sorted().Count(d => d.Severity == Severity.Error);
        return after > before || site is null ? null : new PlaybookConfig(site, stages, phases, tags, kinds, nav);
    }

    private static SiteSettings? ReadSite(YamlNode? node, YamlNode parent, YamlValues values)
    {
        if (node is not YamlMappingNode map)
        {
            values.Report(node ?? parent, "playbook.yml needs a 'site' section with at least a title");
            return null;
        }
        var f = Fields(map, SiteFields, values, "site");
        var baseUrl = Optional(f, "base_url", values) ?? "/";
        if (!baseUrl.EndsWith('/')) baseUrl += "/";
        return new SiteSettings(Required(map, f, "title", values) ?? "", Optional(f, "description", values) ?? "",
            baseUrl, Optional(f, "language", values) ?? "en", EditUrl(f, values));
    }

    /// <summary>
    /// edit_url, unless it points at a reserved example domain (RFC 2606/6761: example.com, .org, .net
    /// and their subdomains), which is a placeholder left from a template: an edit link there would
    /// lead every reader to a page that does not exist, so it is left out with a warning (PB0003).
    /// </summary>
    private static string? EditUrl(Dictionary<string, YamlNode> f, YamlValues values)
    {
        var url = Optional(f, "edit_url", values);
        if (url is null || !IsExampleHost(url)) return url;
        values.Warn(f["edit_url"], ExampleEditUrlRule,
            $"edit_url '{url}' points at a reserved example domain, so no page shows an edit link; set it to your repository's edit URL or remove it");
        return null;
    }

    internal static bool IsExampleHost(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return false;
        var host = uri.IdnHost.TrimEnd('.').ToLowerInvariant();
        return new[] { "example.com", "example.org", "example.net" }.Any(d => host == d || host.EndsWith("." + d, StringComparison.Ordinal));
    }

    private static Dictionary<string, KindSchema> ReadKinds(YamlNode? node, YamlValues values)
    {
        var kinds = new Dictionary<string, KindSchema>();
        if (node is YamlMappingNode map)
        {
            foreach (var (keyNode, value) in map.Children)
            {
                var id = (keyNode as YamlScalarNode)?.Value ?? "";
                if (!Kinds.Content.Contains(id))
                {
                    values.Report(keyNode, $"unknown kind '{id}'{Suggest.DidYouMean(id, Kinds.Content)}");
                    continue;
                }
                if (value is not YamlMappingNode kindMap) { values.Report(value, $"kind '{id}' must be a mapping with folder and required"); continue; }
                var f = Fields(kindMap, KindFields, values, $"kinds.{id}");
                var required = f.TryGetValue("required", out var r) ? values.TextList(r, "required") : [];
                foreach (var field in required.Where(x => FrontMatterFields.Find(x) is null))
                    values.Report(r!, $"kind '{id}' requires unknown field '{field}'{Suggest.DidYouMean(field, FrontMatterFields.All.Select(x => x.Name))}");
                kinds[id] = new KindSchema(id, Optional(f, "folder", values) ?? id + "s", required, Optional(f, "title", values) ?? Kinds.DefaultTitle(id));
            }
        }
        else if (node is not null)
            values.Report(node, "'kinds' must be a mapping from kind to its folder and required fields");
        foreach (var id in Kinds.Content.Where(k => !kinds.ContainsKey(k)))
            kinds[id] = new KindSchema(id, id == Kinds.Page ? "" : id + "s", ["title"], Kinds.DefaultTitle(id));
        return kinds;
    }

    private static List<T> ReadList<T>(YamlNode? node, string name, YamlValues values, string[] allowed, Func<YamlMappingNode, Dictionary<string, YamlNode>, T> read)
    {
        var list = new List<T>();
        if (node is null) return list;
        if (node is not YamlSequenceNode seq) { values.Report(node, $"'{name}' must be a list"); return list; }
        foreach (var item in seq.Children)
        {
            if (item is YamlMappingNode m) list.Add(read(m, Fields(m, allowed, values, name)));
            else values.Report(item, $"each entry of '{name}' must be a mapping with {string.Join(", ", allowed)}");
        }
        return list;
    }

    private static Dictionary<string, YamlNode> Fields(YamlMappingNode map, string[] allowed, YamlValues values, string where)
    {
        var fields = new Dictionary<string, YamlNode>();
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(key))
                values.Report(keyNode, $"unknown field '{key}' in {where}{Suggest.DidYouMean(key, allowed)}");
            else
                fields[key] = value;
        }
        return fields;
    }

    private static string? Required(YamlMappingNode entry, Dictionary<string, YamlNode> f, string field, YamlValues values)
    {
        if (f.TryGetValue(field, out var node)) return values.Text(node, field);
        values.Report(entry, $"missing required field '{field}' in this entry; add '{field}:'");
        return null;
    }

    private static string? Optional(Dictionary<string, YamlNode> f, string field, YamlValues values) =>
        f.TryGetValue(field, out var node) ? values.Text(node, field) : null;

    /// <summary>Reports each repeated id at the entry that repeats it.</summary>
    private static void RequireUniqueIds(YamlNode? list, YamlValues values)
    {
        var seen = new HashSet<string>();
        var ids = (list as YamlSequenceNode)?.Children.OfType<YamlMappingNode>()
            .Select(m => m.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "id" }).Value)
            .OfType<YamlScalarNode>() ?? [];
        foreach (var id in ids.Where(id => !seen.Add(id.Value ?? "")))
            values.Report(id, $"id '{id.Value}' is declared more than once; give this entry another id");
    }
}
