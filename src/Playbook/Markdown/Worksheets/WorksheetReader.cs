using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Playbook.Model;

namespace Playbook.Markdown.Worksheets;

/// <summary>A mistake in a worksheet's fields, at its 1-based line and column.</summary>
public sealed record WorksheetProblem(int Line, int Column, string RuleId, string Message);

/// <summary>
/// Reads a worksheet's fields from plain Markdown and marks them in its syntax tree:
/// <list type="bullet">
/// <item>a paragraph or list item that ends with a blank (three or more underscores) is a field:
/// its text is the prompt, and <c>(N lines)</c> after the blank sizes the writing space;</item>
/// <item>a blank inside a sentence or a table cell is a short line to write on;</item>
/// <item>an empty table cell is a cell to fill in.</item>
/// </list>
/// </summary>
public static partial class WorksheetReader
{
    public const int DefaultLines = 3;
    public const int MaxLines = 12;

    [GeneratedRegex("_{3,}")]
    private static partial Regex Blank();

    [GeneratedRegex(@"^\s*\(\s*(\S+)\s+lines?\s*\)\s*$")]
    private static partial Regex LinesSuffix();

    public static (WorksheetData Data, IReadOnlyList<WorksheetProblem> Problems) Read(MarkdownDocument document)
    {
        var fields = new List<WorksheetField>();
        var tables = new List<WorksheetTable>();
        var problems = new List<WorksheetProblem>();
        var section = "";
        foreach (var block in document.ToList())
        {
            if (block is HeadingBlock { Level: 2 } heading)
                section = MarkdownText.Plain(heading.Inline).Trim();
            var blocks = block.Descendants<Block>().Prepend(block).ToList();
            foreach (var rule in blocks.OfType<ThematicBreakBlock>().Where(b => b.ThematicChar == '_'))
                problems.Add(new WorksheetProblem(rule.Line + 1, rule.Column + 1, "PB0603",
                    "a line of only underscores is a horizontal rule, not a field; write the question before the blank: 'Who is it for? ____'"));
            foreach (var paragraph in blocks.OfType<ParagraphBlock>())
                if (paragraph.Inline is { } inline && MarkBlanks(inline) is { } last && !InTable(paragraph)
                    && ReadField(paragraph, inline, last, section, problems) is { } field)
                    fields.Add(field);
            foreach (var table in blocks.OfType<Table>())
                tables.Add(ReadTable(table, section));
        }
        if (fields.Count == 0 && tables.All(t => t.EmptyRows == 0) && !document.Descendants<WorksheetBlankInline>().Any())
        {
            // At the start of the body, below the front matter, where the fields should be.
            var body = document.FirstOrDefault(b => b is not Markdig.Extensions.Yaml.YamlFrontMatterBlock);
            problems.Add(new WorksheetProblem(body is null ? 1 : body.Line + 1, 1, "PB0601",
                "this worksheet has nothing to fill in; end a question with a blank ('Who is it for? ____') or leave table cells empty"));
        }
        return (new WorksheetData(fields, tables), problems);
    }

    /// <summary>Turns every run of underscores into a blank; returns the last one, or null when there is none.</summary>
    private static WorksheetBlankInline? MarkBlanks(ContainerInline inline)
    {
        WorksheetBlankInline? last = null;
        foreach (var literal in inline.Descendants<LiteralInline>().ToList())
        {
            var text = literal.Content.ToString();
            var matches = Blank().Matches(text);
            if (matches.Count == 0) continue;
            var pieces = new List<Inline>();
            var at = 0;
            foreach (Match m in matches)
            {
                if (m.Index > at) pieces.Add(Literal(text[at..m.Index], literal, at));
                pieces.Add(last = new WorksheetBlankInline { Line = literal.Line, Column = literal.Column + m.Index });
                at = m.Index + m.Length;
            }
            if (at < text.Length) pieces.Add(Literal(text[at..], literal, at));
            literal.ReplaceBy(pieces[0]);
            for (var i = 1; i < pieces.Count; i++) pieces[i - 1].InsertAfter(pieces[i]);
        }
        return last;
    }

    private static LiteralInline Literal(string text, LiteralInline from, int offset) =>
        new(text) { Line = from.Line, Column = from.Column + offset };

    /// <summary>
    /// A paragraph whose last blank has nothing after it but an optional <c>(N lines)</c> becomes a
    /// field; a blank followed by more words stays a short line inside the sentence.
    /// </summary>
    private static WorksheetField? ReadField(ParagraphBlock paragraph, ContainerInline inline, WorksheetBlankInline last, string section, List<WorksheetProblem> problems)
    {
        var after = new List<Inline>();
        for (var next = last.NextSibling; next is not null; next = next.NextSibling) after.Add(next);
        if (last.Parent != inline || after.Any(i => i is not LiteralInline)) return null;
        var rest = string.Concat(after.Cast<LiteralInline>().Select(l => l.Content.ToString()));
        var lines = DefaultLines;
        if (rest.Trim().Length > 0)
        {
            if (LinesSuffix().Match(rest) is not { Success: true } suffix) return null;
            var at = (LiteralInline)after.First(l => ((LiteralInline)l).Content.ToString().Contains('('));
            if (!int.TryParse(suffix.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out lines) || lines < 1 || lines > MaxLines)
            {
                problems.Add(new WorksheetProblem(at.Line + 1, at.Column + 1 + at.Content.ToString().IndexOf('('), "PB0602",
                    $"'({suffix.Groups[1].Value} lines)' is not a size a field can have; write a whole number from 1 to {MaxLines}, e.g. '(4 lines)'"));
                lines = DefaultLines;
            }
        }
        foreach (var inlineAfter in after) inlineAfter.Remove();
        last.Remove();
        TrimEnd(inline);
        var prompt = MarkdownText.Plain(inline).Trim();
        if (paragraph.Parent is { } parent)
        {
            var index = parent.IndexOf(paragraph);
            parent.RemoveAt(index);
            parent.Insert(index, new WorksheetFieldBlock(paragraph, lines) { Line = paragraph.Line, Column = paragraph.Column, Span = paragraph.Span });
        }
        return new WorksheetField(prompt, lines, section);
    }

    /// <summary>The space before a removed blank would end the prompt with a stray blank.</summary>
    private static void TrimEnd(ContainerInline inline)
    {
        if (inline.LastChild is LiteralInline literal)
        {
            var text = literal.Content.ToString().TrimEnd();
            if (text.Length == 0) literal.Remove();
            else literal.Content = new Markdig.Helpers.StringSlice(text);
        }
    }

    private static bool InTable(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
            if (parent is TableCell) return true;
        return false;
    }

    private static WorksheetTable ReadTable(Table table, string section)
    {
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader);
        var columns = header is null ? [] : header.OfType<TableCell>().Select(c => c.Descendants<ParagraphBlock>().Select(p => MarkdownText.Plain(p.Inline).Trim()).FirstOrDefault() ?? "").ToList();
        var empty = rows.Count(r => !r.IsHeader && r.OfType<TableCell>().Any(IsEmpty));
        return new WorksheetTable(columns, empty, section);
    }

    /// <summary>A cell with no text, or only a blank, is one to fill in.</summary>
    private static bool IsEmpty(TableCell cell) =>
        cell.Descendants<ParagraphBlock>().All(p => p.Inline is null
            || p.Inline.All(i => i is WorksheetBlankInline || i is LiteralInline l && l.Content.IsEmptyOrWhitespace()));
}
