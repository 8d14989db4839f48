using Playbook.Model;
using Playbook.Pipeline;
using Playbook.Templates;

namespace Playbook.Modules;

/// <summary>
/// Ties the working tools to the stages. A stage page's toolkit marks the guides with an outcome
/// in that stage and gains those written for other stages, and every stage gets a print view at <c>/stages/&lt;id&gt;/print/</c>
/// that gathers the stage's checklists and guides into one handout for a client meeting.
/// </summary>
public sealed class GenerateStageHandouts : IModule
{
    public static readonly PageKey<string> PrintUrlKey = new("print_url");
    public static readonly PageKey<HandoutView> HandoutKey = new("handout");
    public const string Layout = "stage-print";

    public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
    {
        var config = context.Config;
        var tools = BuildNavigation.Ordered(pages.Where(p => p.Kind is Kinds.Checklist or Kinds.Guide && p.Source.Length > 0), config).ToList();
        var output = new List<Page>(pages.Count + config.Stages.Count);
        foreach (var page in pages)
        {
            if (page.Kind != Kinds.Stage || page.FrontMatter.Stages.Count != 1 || config.FindStage(page.FrontMatter.Stages[0]) is not { } stage)
            {
                output.Add(page);
                continue;
            }
            var printUrl = page.Url + "print/";
            output.Add(page.With(GenerateListPages.ToolkitKey, WithGuidesLeadingTo(stage.Id, page.Get(GenerateListPages.ToolkitKey) ?? [], tools)).With(PrintUrlKey, printUrl));
            var mine = tools.Where(t => t.FrontMatter.Stages.Contains(stage.Id)).ToList();
            output.Add(new Page
            {
                SourcePath = "",
                Id = $"stage-print-{stage.Id}",
                Url = printUrl,
                Kind = Kinds.Generated,
                FrontMatter = new FrontMatter
                {
                    Title = $"Client handout: {stage.Title}",
                    Description = $"The checklists and decision guides of the {stage.Title} stage, to print for a client meeting.",
                    Layout = Layout,
                    Stages = [stage.Id],
                },
            }.With(HandoutKey, new HandoutView(stage.Title, page.Url,
                mine.Where(t => t.Kind == Kinds.Checklist).Select(Checklist).ToList(),
                mine.Where(t => t.Kind == Kinds.Guide).Select(t => Guide(t, config)).ToList())));
        }
        IReadOnlyList<Page> result = output;
        return Task.FromResult(result);
    }

    /// <summary>The toolkit with each guide that can place a client in <paramref name="stage"/> marked, and added once when it was written for another stage.</summary>
    private static List<ToolView> WithGuidesLeadingTo(string stage, IReadOnlyList<ToolView> toolkit, List<Page> tools)
    {
        var leading = tools.Where(t => t.Get(ReadGuideGraph.Key)?.Outcomes.Any(o => o.Stage == stage) == true).ToList();
        var urls = leading.Select(t => t.Url).ToHashSet(StringComparer.Ordinal);
        var listed = toolkit.Select(t => urls.Contains(t.Url) ? t with { LeadsHere = true } : t).ToList();
        var known = toolkit.Select(t => t.Url).ToHashSet(StringComparer.Ordinal);
        return [.. listed, .. leading.Where(t => !known.Contains(t.Url)).Select(t => GenerateListPages.Tool(t, leadsHere: true))];
    }

    private static HandoutChecklist Checklist(Page page)
    {
        var items = page.Get(ExtractChecklist.Key) ?? [];
        var sections = items.GroupBy(i => i.Section).Select(g => new HandoutSection(g.Key, g.Select(i => new Markup(i.Html)).ToList())).ToList();
        return new HandoutChecklist(page.Title, page.FrontMatter.Description ?? "", sections);
    }

    private static HandoutGuide Guide(Page page, PlaybookConfig config)
    {
        var graph = page.Get(ReadGuideGraph.Key) ?? new GuideGraph("", [], []);
        // On paper, steps are numbered and outcomes lettered, so an answer can say where to go next.
        return new HandoutGuide(page.Title, page.FrontMatter.Description ?? "",
            graph.Steps.Select((s, i) => new HandoutStep(i + 1, s.Question, s.Answers.Select(a => new HandoutAnswer(a.Text, graph.GoTo(a.Target))).ToList())).ToList(),
            graph.Outcomes.Select(o => new HandoutOutcome(graph.LetterOf(o.Id), o.Title, o.Stage is { } id ? config.FindStage(id)?.Title ?? id : "")).ToList());
    }
}
