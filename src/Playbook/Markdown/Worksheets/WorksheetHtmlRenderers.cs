using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Playbook.Markdown.Worksheets;

public sealed class WorksheetFieldRenderer : HtmlObjectRenderer<WorksheetFieldBlock>
{
    // The space is drawn by CSS from its class: a strict CSP allows no style attributes.
    protected override void Write(HtmlRenderer renderer, WorksheetFieldBlock field)
    {
        renderer.EnsureLine();
        renderer.Write("<div class=\"ws-field\"><p class=\"ws-prompt\">");
        renderer.WriteLeafInline(field.Prompt);
        renderer.Write("</p><div class=\"ws-space ws-lines-").Write(field.WritingLines.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("\"></div></div>");
        renderer.EnsureLine();
    }
}

public sealed class WorksheetBlankRenderer : HtmlObjectRenderer<WorksheetBlankInline>
{
    // Screen readers hear "blank" where a sighted reader sees the line.
    protected override void Write(HtmlRenderer renderer, WorksheetBlankInline blank) =>
        renderer.Write("<span class=\"ws-blank\"><span class=\"ws-blank-label\">blank</span></span>");
}
