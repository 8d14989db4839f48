using Playbook.Diagrams;
using Playbook.Model;
using Playbook.Pipeline;
using Playbook.Templates;

namespace Playbook.Modules;

/// <summary>
/// Draws the stages over the phases of playbook.yml for the home page, the stage overview and
/// each stage page (<c>page.journey_drawing</c>), where the page's own stage is marked "you are
/// here". Each page gets a wide drawing and a tall one; overview.css shows the one that fits.
/// </summary>
public sealed class DrawStageJourney : IModule
{
    public static readonly PageKey<Markup> Key = new("journey_drawing");

    public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
    {
        var config = context.Config;
        var stageUrls = pages.Where(IsStagePage).GroupBy(p => p.FrontMatter.Stages[0]).ToDictionary(g => g.Key, g => g.First().Url);
        string Draw(string? here) => string.Concat(new[] { true, false }.Select(wide =>
            StageJourney.Draw(config, wide, here, id => stageUrls.GetValueOrDefault(id, GenerateListPages.OverviewUrl), GenerateListPages.PhaseUrl)));

        var overall = new Markup(Draw(null));
        IReadOnlyList<Page> output = pages.Select(p =>
            IsStagePage(p) ? p.With(Key, new Markup(Draw(p.FrontMatter.Stages[0])))
            : p.Url is "/" or GenerateListPages.OverviewUrl && !p.IsAsset ? p.With(Key, overall)
            : p).ToList();
        return Task.FromResult(output);
    }

    private static bool IsStagePage(Page page) => page.Kind == Kinds.Stage && page.FrontMatter.Stages.Count == 1;
}
