using Markdig;
using Markdig.Renderers;

namespace Playbook.Markdown.Checklists;

/// <summary>
/// Renders the checklist items that <c>ExtractChecklist</c> marks in a page's syntax tree. Parsing
/// stays Markdig's own task-list syntax, so checklists read the same on a git host.
/// </summary>
public sealed class ChecklistExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.Insert(0, new ChecklistBoxRenderer());
        html.ObjectRenderers.Insert(0, new ChecklistLabelRenderer());
    }
}
