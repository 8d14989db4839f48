using Playbook.Diagrams;
using Playbook.Model;
using Playbook.Pipeline;
using Playbook.Templates;

namespace Playbook.Modules;

/// <summary>
/// Draws each guide whose graph passed its checks as an SVG flowchart for the guide layout
/// (<c>page.flowchart</c>). A guide with graph errors gets no drawing: its errors are reported
/// already, and a broken graph has no honest picture.
/// </summary>
public sealed class DrawGuideFlowcharts : PerPageModule
{
    public static readonly PageKey<Markup> Key = new("flowchart");

    protected override bool Handles(Page page) => page.Has(ValidateGuideGraph.ValidKey);

    protected override Page? Transform(Page page, BuildContext context)
    {
        var config = context.Config;
        var svg = GuideFlowchart.Draw(page.Title, page.Get(ReadGuideGraph.Key)!,
            id => config.FindStage(id)?.Title, id => StageJourney.Tone(config.StageIndex(id)));
        return svg is null ? page : page.With(Key, new Markup(svg));
    }
}
