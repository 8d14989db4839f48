using Playbook.Markdown.Guides;
using Playbook.Model;
using Playbook.Pipeline;

namespace Playbook.Modules;

/// <summary>
/// Reads each guide's graph into <c>Data[Key]</c> and gives each step its own section in the
/// syntax tree. It runs before links are resolved, while an outcome's <c>Stage:</c> link still
/// says <c>xref:</c> and which stage it means.
/// </summary>
public sealed class ReadGuideGraph : IModule
{
    public static readonly PageKey<GuideGraph> Key = new("guide");

    public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
    {
        // A stage is named by its stage page's id (what an xref links to) or by its id in playbook.yml.
        var stageOfPage = pages.Where(p => p.Kind == Kinds.Stage && p.FrontMatter.Stages.Count == 1)
            .GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().FrontMatter.Stages[0]);
        string? Resolve(string reference) =>
            stageOfPage.GetValueOrDefault(reference) ?? context.Config.FindStage(reference)?.Id;
        var stagePages = pages.Where(p => p.Kind == Kinds.Stage && p.FrontMatter.Stages.Count == 1)
            .GroupBy(p => p.FrontMatter.Stages[0]).ToDictionary(g => g.Key, g => g.First().Url);
        (string, string, int)? StagePage(string stage) =>
            stagePages.TryGetValue(stage, out var url) && context.Config.FindStage(stage) is { } s
                ? (s.Title, url, Templates.StageView.ToneOf(context.Config.StageNumber(s.Id)))
                : null;

        var results = new Page[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            var page = pages[i];
            if (page.Document is null || page.Kind != Kinds.Guide)
            {
                results[i] = page;
                return;
            }
            // Steps are wrapped in sections in place, so the tree moves to the page this returns.
            var body = page.Document.Take();
            var graph = GuideReader.Read(body.Tree, Resolve);
            GuideReader.WrapSteps(body.Tree, graph, StagePage);
            results[i] = (page with { Document = body }).With(Key, graph);
        });
        IReadOnlyList<Page> output = results;
        return Task.FromResult(output);
    }
}
