using Markdig;
using Markdig.Renderers;

namespace Playbook.Markdown.Guides;

/// <summary>Renders the step sections that <c>ReadGuideGraph</c> puts into a guide's syntax tree.</summary>
public sealed class GuideExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.Insert(0, new GuideStepRenderer());
    }
}
