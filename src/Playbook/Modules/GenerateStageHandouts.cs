using Playbook.Model;
using Playbook.Pipeline;
using Playbook.Templates;

namespace Playbook.Modules;

/// <summary>
/// Ties the working tools to the stages. Every stage page gets the guides with an outcome in
/// that stage ("guides that lead here") and a print view at <c>/stages/&lt;id&gt;/print/</c>
/// that gathers the stage's checklists and guides into one handout for a client meeting.
/// </summary>
public sealed class GenerateStageHandouts : IModule
{
    public const string GuidesKey = "guides_leading_here";
    public const string PrintUrlKey = "print_url";
    public const string HandoutKey = "handout";
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
            output.Add(page.WithData(GuidesKey, GuidesLeadingTo(stage.Id, tools)).WithData(PrintUrlKey, printUrl));
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
            }.WithData(HandoutKey, new HandoutView(stage.Title, page.Url,
                mine.Where(t => t.Kind == Kinds.Checklist).Select(Checklist).ToList(),
                mine.Where(t => t.Kind == Kinds.Guide).Select(t => Guide(t, config)).ToList())));
        }
        IReadOnlyList<Page> result = output;
        return Task.FromResult(result);
    }

    private static List<GuideLeadView> GuidesLeadingTo(string stage, List<Page> tools) =>
        tools.Select(t => (Page: t, Graph: t.Get<GuideGraph>(ReadGuideGraph.Key)))
            .Where(x => x.Graph is not null)
            .Select(x => new GuideLeadView(x.Page.Title, x.Page.Url,
                x.Graph!.Outcomes.Where(o => o.Stage == stage).Select(o => new LinkView(o.Title, $"{x.Page.Url}#{o.Id}")).ToList()))
            .Where(g => g.Outcomes.Count > 0)
            .ToList();

    private static HandoutChecklist Checklist(Page page)
    {
        var items = page.Get<IReadOnlyList<ChecklistItem>>(ExtractChecklist.Key) ?? [];
        var sections = items.GroupBy(i => i.Section).Select(g => new HandoutSection(g.Key, g.Select(i => i.Text).ToList())).ToList();
        return new HandoutChecklist(page.Title, page.FrontMatter.Description ?? "", sections);
    }

    private static HandoutGuide Guide(Page page, PlaybookConfig config)
    {
        var graph = page.Get<GuideGraph>(ReadGuideGraph.Key) ?? new GuideGraph("", [], []);
        // On paper, steps are numbered and outcomes lettered, so an answer can say where to go next.
        var numbers = new Dictionary<string, string>();
        var letters = new Dictionary<string, string>();
        for (var i = 0; i < graph.Steps.Count; i++) numbers.TryAdd(graph.Steps[i].Id, $"go to {i + 1}");
        for (var i = 0; i < graph.Outcomes.Count; i++) letters.TryAdd(graph.Outcomes[i].Id, Letter(i));
        string Leads(string target) =>
            numbers.TryGetValue(target, out var n) ? n : letters.TryGetValue(target, out var l) ? $"outcome {l}" : target;
        return new HandoutGuide(page.Title, page.FrontMatter.Description ?? "",
            graph.Steps.Select((s, i) => new HandoutStep(i + 1, s.Question, s.Answers.Select(a => new HandoutAnswer(a.Text, Leads(a.Target))).ToList())).ToList(),
            graph.Outcomes.Select((o, i) => new HandoutOutcome(Letter(i), o.Title, o.Stage is { } id ? config.FindStage(id)?.Title ?? id : "")).ToList());
    }

    private static string Letter(int index) => index < 26 ? ((char)('A' + index)).ToString() : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
