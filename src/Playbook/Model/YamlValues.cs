using System.Globalization;
using Playbook.Pipeline;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Playbook.Model;

/// <summary>
/// Reads typed values out of YamlDotNet's node tree. Every failure is a diagnostic at the node's
/// own line, shifted by <paramref name="lineOffset"/> when the YAML sits inside a larger file.
/// </summary>
internal sealed class YamlValues(string file, int lineOffset, Diagnostics diagnostics, string ruleId)
{
    public SourcePosition PositionOf(YamlNode node) => new((int)node.Start.Line + lineOffset, (int)node.Start.Column);

    public void Report(YamlNode node, string message)
    {
        var p = PositionOf(node);
        diagnostics.Add(Diagnostic.Error(file, p.Line, p.Column, ruleId, message));
    }

    public string? Text(YamlNode node, string field)
    {
        if (node is YamlScalarNode scalar && scalar.Value is { } value)
            return value;
        Report(node, $"'{field}' must be a single text value");
        return null;
    }

    public IReadOnlyList<string> TextList(YamlNode node, string field)
    {
        if (node is YamlScalarNode { Value: { } one } && one.Length > 0)
            return [one];
        if (node is YamlSequenceNode seq)
        {
            var items = new List<string>();
            foreach (var item in seq.Children)
                if (Text(item, field) is { } s) items.Add(s);
            return items;
        }
        Report(node, $"'{field}' must be a list such as [a, b]");
        return [];
    }

    public DateOnly? Date(YamlNode node, string field)
    {
        if (node is YamlScalarNode { Value: { } s } &&
            DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        Report(node, $"'{field}' must be a date written YYYY-MM-DD, such as 2026-11-23");
        return null;
    }

    public bool? Boolean(YamlNode node, string field)
    {
        if (node is YamlScalarNode { Value: "true" or "false" } s)
            return s.Value == "true";
        Report(node, $"'{field}' must be true or false");
        return null;
    }

    public int? Integer(YamlNode node, string field)
    {
        if (node is YamlScalarNode { Value: { } s } && int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i))
            return i;
        Report(node, $"'{field}' must be a whole number");
        return null;
    }

    /// <summary>Parses YAML text into its root node, or reports the parser's error at its line and column.</summary>
    public static YamlNode? Parse(string yaml, string file, int lineOffset, Diagnostics diagnostics, string ruleId)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            if (message.StartsWith('(')) message = message[(message.IndexOf(')') + 1)..].TrimStart(':', ' ');
            diagnostics.Add(Diagnostic.Error(file, (int)e.Start.Line + lineOffset, (int)e.Start.Column, ruleId,
                $"YAML syntax error: {message.TrimEnd('.')}; check indentation, colons and quotes on this line"));
            return null;
        }
    }
}
