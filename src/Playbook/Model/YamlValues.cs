using System.Globalization;
using Playbook.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Playbook.Model;

/// <summary>
/// Reads typed values out of YamlDotNet's node tree. Every failure is a diagnostic at the node's
/// own line, shifted by <paramref name="lineOffset"/> when the YAML sits inside a larger file.
/// </summary>
internal sealed class YamlValues(string file, int lineOffset, DiagnosticList diagnostics, string ruleId)
{
    public SourcePosition PositionOf(YamlNode node) => new((int)node.Start.Line + lineOffset, (int)node.Start.Column);

    public void Report(YamlNode node, string message)
    {
        var p = PositionOf(node);
        diagnostics.Add(Diagnostic.Error(file, p.Line, p.Column, ruleId, message));
    }

    /// <summary>A warning at the node's line under another rule: the value is read, but ignored.</summary>
    public void Warn(YamlNode node, string warningRuleId, string message)
    {
        var p = PositionOf(node);
        diagnostics.Add(Diagnostic.Warning(file, p.Line, p.Column, warningRuleId, message));
    }

    public string? Text(YamlNode node, string field)
    {
        if (node is YamlScalarNode scalar && scalar.Value is { } value)
            return value;
        Report(node, $"'{field}' must be a single text value; write '{field}: some text'");
        return null;
    }

    public IReadOnlyList<string> TextList(YamlNode node, string field) =>
        TextItems(node, field).Select(i => i.Value).ToList();

    /// <summary>A list of text values, each with its own position, so a bad item is reported where it is written.</summary>
    public IReadOnlyList<(string Value, SourcePosition Position)> TextItems(YamlNode node, string field)
    {
        if (node is YamlScalarNode { Value: { } one } && one.Length > 0)
            return [(one, PositionOf(node))];
        if (node is YamlSequenceNode seq)
        {
            var items = new List<(string, SourcePosition)>();
            foreach (var item in seq.Children)
                if (Text(item, field) is { } s) items.Add((s, PositionOf(item)));
            return items;
        }
        Report(node, $"'{field}' must be a list; write '{field}: [a, b]'");
        return [];
    }

    public DateOnly? Date(YamlNode node, string field)
    {
        if (node is YamlScalarNode { Value: { } s } &&
            DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        Report(node, $"'{field}' must be a date; write it YYYY-MM-DD, such as '{field}: 2026-11-23'");
        return null;
    }

    public bool? Boolean(YamlNode node, string field)
    {
        if (node is YamlScalarNode { Value: "true" or "false" } s)
            return s.Value == "true";
        Report(node, $"'{field}' must be true or false; write '{field}: true' or '{field}: false'");
        return null;
    }

    public int? Integer(YamlNode node, string field)
    {
        if (node is YamlScalarNode { Value: { } s } && int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i))
            return i;
        Report(node, $"'{field}' must be a whole number; write it with digits only, such as '{field}: 10'");
        return null;
    }

    /// <summary>Parses YAML text into its root node, or reports the parser's error at its line and column.</summary>
    public static YamlNode? Parse(string yaml, string file, int lineOffset, DiagnosticList diagnostics, string ruleId)
    {
        var parser = new DepthLimitedParser(new Parser(new StringReader(yaml)));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            return stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            if (message.StartsWith('(')) message = message[(message.IndexOf(')') + 1)..].TrimStart(':', ' ');
            ReportSyntax(yaml, e.Start, message.TrimEnd('.'));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these on some malformed flow collections (FuzzTests found one);
            // the last event it read is the best place we know.
            ReportSyntax(yaml, parser.LastMark, "the parser could not make sense of the text after this point");
            return null;
        }

        void ReportSyntax(string text, Mark mark, string message)
        {
            // At the end of the text the parser points past the last line, which in a page is the
            // closing '---'; the mistake is on the last line of the YAML itself.
            var lines = text.Split('\n');
            var (line, column) = mark.Line <= lines.Length
                ? ((int)mark.Line, (int)mark.Column)
                : (lines.Length, lines[^1].Length + 1);
            diagnostics.Add(Diagnostic.Error(file, line + lineOffset, column, ruleId,
                $"YAML syntax error: {message}; check indentation, colons, brackets and quotes on this line"));
        }
    }

    /// <summary>
    /// YamlDotNet builds its node tree recursively, so thousands of nested '[' or '- ' would
    /// overflow the stack and kill the process; no playbook needs more than a few levels.
    /// </summary>
    private sealed class DepthLimitedParser(IParser inner) : IParser
    {
        private const int MaxDepth = 32;
        private int _depth;

        public ParsingEvent? Current => inner.Current;

        /// <summary>Where the last event read ended: line 1, column 1 before the first.</summary>
        public Mark LastMark { get; private set; } = new(0, 1, 1);

        public bool MoveNext()
        {
            if (!inner.MoveNext()) return false;
            LastMark = inner.Current!.End;
            if (inner.Current is MappingStart or SequenceStart && ++_depth > MaxDepth)
                throw new YamlException(inner.Current.Start, inner.Current.End, $"values are nested more than {MaxDepth} levels deep");
            if (inner.Current is MappingEnd or SequenceEnd) _depth--;
            return true;
        }
    }
}
