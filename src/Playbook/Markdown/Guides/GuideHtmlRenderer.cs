using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Playbook.Markdown.Guides;

public sealed class GuideStepRenderer : HtmlObjectRenderer<GuideStepBlock>
{
    protected override void Write(HtmlRenderer renderer, GuideStepBlock step)
    {
        renderer.EnsureLine();
        renderer.Write(step.IsOutcome ? "<section class=\"guide-step guide-outcome" : "<section class=\"guide-step");
        // An outcome wears the colour of the stage it places the client in.
        if (step.StagePage is { Tone: var tone }) renderer.Write(" stage-tone-").Write(tone.ToString(CultureInfo.InvariantCulture));
        renderer.Write("\" data-step=\"").WriteEscape(step.StepId).Write('"');
        if (step.Stage is not null) renderer.Write(" data-stage=\"").WriteEscape(step.Stage).Write('"');
        if (!step.IsOutcome) renderer.Write(" data-left=\"").Write(step.QuestionsLeft.ToString(CultureInfo.InvariantCulture)).Write('"');
        renderer.WriteLine(">");
        renderer.WriteChildren(step);
        renderer.EnsureLine();
        // An outcome ends with one clear way on: the page of the stage it places the client in.
        if (step.StagePage is var (title, url, _))
            renderer.Write("<p class=\"guide-next\"><a href=\"").WriteEscapeUrl(url).Write("\">Go to the ").WriteEscape(title).WriteLine(" stage</a></p>");
        renderer.WriteLine("</section>");
    }
}
