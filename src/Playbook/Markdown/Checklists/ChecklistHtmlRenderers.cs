using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Playbook.Markdown.Checklists;

public sealed class ChecklistBoxRenderer : HtmlObjectRenderer<ChecklistBoxInline>
{
    protected override void Write(HtmlRenderer renderer, ChecklistBoxInline box) =>
        renderer.Write("<input type=\"checkbox\" class=\"checklist-box\" id=\"")
            .Write(ChecklistIds.ElementId(box.ItemId)).Write("\" data-item=\"").Write(box.ItemId).Write("\">");
}

public sealed class ChecklistLabelRenderer : HtmlObjectRenderer<ChecklistLabelInline>
{
    protected override void Write(HtmlRenderer renderer, ChecklistLabelInline label)
    {
        renderer.Write("<label for=\"").Write(ChecklistIds.ElementId(label.ItemId)).Write("\">");
        renderer.WriteChildren(label);
        renderer.Write("</label>");
    }
}
