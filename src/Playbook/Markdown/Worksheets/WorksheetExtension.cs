using Markdig;
using Markdig.Renderers;

namespace Playbook.Markdown.Worksheets;

/// <summary>
/// Renders the fields and blanks that <see cref="WorksheetReader"/> marks in a worksheet's syntax
/// tree. Parsing stays plain Markdown, so a worksheet reads as a form on a git host too.
/// </summary>
public sealed class WorksheetExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.Insert(0, new WorksheetFieldRenderer());
        html.ObjectRenderers.Insert(0, new WorksheetBlankRenderer());
    }
}
