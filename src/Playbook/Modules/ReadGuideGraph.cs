using Playbook.Markdown.Guides;
using Playbook.Model;
using Playbook.Pipeline;

namespace Playbook.Modules;

/// <summary>
/// Reads each guide's graph into <c>Data[Key]</c> and gives each step its own section in the
/// syntax tree. It runs before links are resolved, while an outcome's <c>Stage:</c> link still
/// says <c>xref:</c> and which stage it means.
/// </summary>
public sealed class ReadGuideGraph : PerPageModule<ReadGuideGraph.Stages>
{
    public static readonly PageKey<GuideGraph> Key = new("guide");

    /// <summary>How an outcome names its stage, and what it shows of the stage's page.</summary>
    public sealed record Stages(Func<string, string?> Resolve, Func<string, (string Title, string Url, int Tone)?> Page);

    protected override Stages Gather(IReadOnlyList<Page> pages, BuildContext context)
    {
        var config = context.Config;
        var stagePages = pages.Where(p => p.Kind == Kinds.Stage && p.FrontMatter.Stages.Count == 1).ToList();
        // A stage is named by its stage page's id (what an xref links to) or by its id in playbook.yml.
        var stageOfPage = stagePages.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().FrontMatter.Stages[0]);
        var urlOfStage = stagePages.GroupBy(p => p.FrontMatter.Stages[0]).ToDictionary(g => g.Key, g => g.First().Url);
        return new Stages(
            reference => stageOfPage.GetValueOrDefault(reference) ?? config.FindStage(reference)?.Id,
            stage => urlOfStage.TryGetValue(stage, out var url) && config.FindStage(stage) is { } s
                ? (s.Title, url, Templates.StageView.ToneOf(config.StageNumber(s.Id)))
                : null);
    }

    protected override bool Handles(Page page) => page.IsMarkdown && page.Kind == Kinds.Guide;

    protected override Page Transform(Page page, Stages stages, BuildContext context)
    {
        // Steps are wrapped in sections in place, so the tree moves to the page this returns.
        var body = page.Document!.Take();
        var graph = GuideReader.Read(body.Tree, stages.Resolve);
        GuideReader.WrapSteps(body.Tree, graph, stages.Page);
        return (page with { Document = body }).With(Key, graph);
    }
}
