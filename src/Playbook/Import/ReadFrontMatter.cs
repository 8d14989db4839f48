using System.Globalization;
using System.Text.RegularExpressions;
using Playbook.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Playbook.Import;

/// <summary>
/// Splits a source file into its front matter (YAML between <c>---</c>, or TOML between
/// <c>+++</c> as Hugo writes it) and its body, and reads the fields with their positions. Only
/// flat fields are read: texts, numbers, dates, true/false and lists of those. A nested field
/// is reported, not guessed at.
/// </summary>
public static partial class ReadFrontMatter
{
    public const string UnmappedRule = "PB0501";

    public static (List<SourceField> Fields, string Body, int BodyLine) Read(string file, string text, List<Diagnostic> report)
    {
        text = text.Replace("\r\n", "\n");
        var fence = text.StartsWith("---\n") ? "---" : text.StartsWith("+++\n") ? "+++" : null;
        if (fence is null) return ([], text, 1);
        var end = text.IndexOf("\n" + fence, 3, StringComparison.Ordinal);
        if (end < 0)
        {
            report.Add(Diagnostic.Warning(file, 1, 1, UnmappedRule, "the front matter is not closed; the file was imported as body text"));
            return ([], text, 1);
        }
        var head = text[4..(end + 1)];
        var bodyStart = text.IndexOf('\n', end + 1);
        var body = bodyStart < 0 ? "" : text[(bodyStart + 1)..];
        var bodyLine = head.Count(c => c == '\n') + 3;
        return (fence == "---" ? Yaml(file, head, report) : Toml(file, head, report), body, bodyLine);
    }

    private static List<SourceField> Yaml(string file, string yaml, List<Diagnostic> report)
    {
        var fields = new List<SourceField>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            report.Add(Diagnostic.Warning(file, (int)e.Start.Line + 1, (int)e.Start.Column, UnmappedRule, $"the front matter is not valid YAML ({e.Message}); its fields were not imported"));
            return fields;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map) return fields;
        foreach (var (keyNode, value) in map.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            var (line, column) = ((int)keyNode.Start.Line + 1, (int)keyNode.Start.Column);
            object? read = value switch
            {
                YamlScalarNode s => s.Value ?? "",
                YamlSequenceNode seq when seq.Children.All(c => c is YamlScalarNode) => seq.Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToList(),
                _ => null,
            };
            if (read is null) report.Add(Diagnostic.Warning(file, line, column, UnmappedRule, $"the field '{key}' holds nested values and was not imported; move what it says into the page"));
            else fields.Add(new SourceField(key, read, line, column));
        }
        return fields;
    }

    [GeneratedRegex(@"^(?<key>[A-Za-z0-9_-]+)\s*=\s*(?<value>.*?)\s*$")]
    private static partial Regex TomlLine();

    [GeneratedRegex("\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|([^,\\s\\[\\]]+)")]
    private static partial Regex TomlItem();

    private static List<SourceField> Toml(string file, string toml, List<Diagnostic> report)
    {
        var fields = new List<SourceField>();
        var lines = toml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('['))
            {
                // Every key after a table header belongs to that table, so nothing after it is a page field.
                report.Add(Diagnostic.Warning(file, i + 2, 1, UnmappedRule, $"the TOML table '{line}' and what follows it were not imported; move what they say into the page"));
                break;
            }
            var match = TomlLine().Match(line);
            if (!match.Success)
            {
                report.Add(Diagnostic.Warning(file, i + 2, 1, UnmappedRule, $"the TOML line '{line}' is not a flat field and was not imported; move what it says into the page"));
                continue;
            }
            var value = match.Groups["value"].Value;
            var items = TomlItem().Matches(value).Select(m => m.Groups[1].Success ? Regex.Unescape(m.Groups[1].Value) : m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value).ToList();
            fields.Add(new SourceField(match.Groups["key"].Value, value.StartsWith('[') ? items : items.FirstOrDefault() ?? "", i + 2, 1));
        }
        return fields;
    }

    /// <summary>The date part of a YAML or TOML date or date-time (2024-01-02 15:04:05 +0100), or null.</summary>
    public static string? Date(string text) =>
        text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? text[..10] : null;
}
