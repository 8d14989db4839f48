using System.Globalization;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Playbook.Markdown;

/// <summary>
/// Gives each section heading (h2 to h4) a link to itself, so readers can share a section. Written
/// while the Markdown is rendered, where the heading's id and words are at hand, rather than by
/// parsing every finished page again. The link has no text of its own: CSS draws the "#" and
/// aria-label names it, so the heading's words stay clean for the search index.
/// </summary>
public sealed class HeadingAnchorExtension : IMarkdownExtension
{
    private static readonly object NoAnchor = new();

    /// <summary>Marks a heading that gets no link to itself.</summary>
    public static void Omit(HeadingBlock heading) => heading.SetData(NoAnchor, true);

    internal static bool IsOmitted(HeadingBlock heading) => heading.GetData(NoAnchor) is true;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new AnchoredHeadingRenderer());
    }
}

public sealed class AnchoredHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var tag = "h" + heading.Level.ToString(CultureInfo.InvariantCulture);
        renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
        renderer.WriteLeafInline(heading);
        if (heading.Level is >= 2 and <= 4 && !HeadingAnchorExtension.IsOmitted(heading) && heading.GetAttributes().Id is { Length: > 0 } id)
        {
            renderer.Write("<a class=\"heading-anchor\" href=\"#").WriteEscape(id)
                .Write("\" aria-label=\"Link to this section: ").WriteEscape(MarkdownText.Plain(heading.Inline).Trim())
                .Write("\"></a>");
        }
        renderer.Write("</").Write(tag).WriteLine(">");
    }
}
