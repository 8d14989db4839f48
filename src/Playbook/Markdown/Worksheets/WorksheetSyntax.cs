using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Playbook.Markdown.Worksheets;

/// <summary>
/// A field of a worksheet: its prompt (the paragraph or list item's text without the blank) and
/// the ruled space below it, <see cref="WritingLines"/> lines high. Wrapping both in one block lets print keep them on the same page.
/// </summary>
public sealed class WorksheetFieldBlock(ParagraphBlock prompt, int lines) : LeafBlock(null)
{
    public ParagraphBlock Prompt { get; } = prompt;

    public int WritingLines { get; } = lines;
}

/// <summary>A blank inside a sentence or a table cell (<c>runs for ____ months</c>): a short line to write on.</summary>
public sealed class WorksheetBlankInline : LeafInline;
