using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Playbook.Markdown.Guides;

public sealed class GuideStepRenderer : HtmlObjectRenderer<GuideStepBlock>
{
    protected override void Write(HtmlRenderer renderer, GuideStepBlock step)
    {
        renderer.EnsureLine();
        renderer.Write(step.IsOutcome ? "<section class=\"guide-step guide-outcome\"" : "<section class=\"guide-step\"")
            .Write(" data-step=\"").WriteEscape(step.StepId).Write('"');
        if (step.Stage is not null) renderer.Write(" data-stage=\"").WriteEscape(step.Stage).Write('"');
        renderer.WriteLine(">");
        renderer.WriteChildren(step);
        renderer.EnsureLine();
        renderer.WriteLine("</section>");
    }
}
