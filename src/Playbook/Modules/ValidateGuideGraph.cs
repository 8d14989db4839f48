using Playbook.Diagnostics;
using Playbook.Markdown;
using Playbook.Model;
using Playbook.Pipeline;

namespace Playbook.Modules;

/// <summary>
/// Checks that every guide can be walked: each answer leads somewhere, every step is reachable,
/// every walk ends in an outcome without going round in circles, and each outcome names a known
/// stage. Each problem is reported at the Markdown line of the heading or link at fault.
/// </summary>
public sealed class ValidateGuideGraph : PerPageModule
{
    /// <summary>Set on a guide whose graph passed every check, so later steps may draw it.</summary>
    public static readonly PageKey<bool> ValidKey = new("guide_valid");

    protected override bool Handles(Page page) => page.Has(ReadGuideGraph.Key);

    protected override Page? Transform(Page page, BuildContext context)
    {
        var graph = page.Get(ReadGuideGraph.Key)!;
        var reportedLinks = new HashSet<string>(StringComparer.Ordinal);
        var problems = 0;
        void Report(int line, int column, string rule, string message)
        {
            problems++;
            context.Report(Diagnostic.Error(page.SourcePath, line, column, rule, message));
        }

        if (graph.Steps.Count == 0 && graph.Outcomes.Count == 0)
        {
            Report(page.BodyLine, 1, "PB0308", "a guide needs steps: '## Question {#id}' headings with answer links such as '- [Yes](#next-step)', and '## Outcome: ...' headings that end it");
            return page;
        }

        var ids = graph.Steps.Select(s => s.Id).Concat(graph.Outcomes.Select(o => o.Id)).ToList();
        var headings = graph.Steps.Select(s => (s.Id, s.Line, s.Column)).Concat(graph.Outcomes.Select(o => (o.Id, o.Line, o.Column)));
        foreach (var twin in headings.GroupBy(h => h.Id).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
            Report(twin.Line, twin.Column, "PB0309", $"another step already has the id '{twin.Id}'; give this heading its own id with {{#new-id}}");
        foreach (var answer in graph.Steps.SelectMany(s => s.Answers).Where(a => !graph.Contains(a.Target)))
        {
            reportedLinks.Add("#" + answer.Target);
            Report(answer.Line, answer.Column, "PB0301",
                $"answer leads to '#{answer.Target}', which is not a step or outcome of this guide{Suggest.DidYouMean(answer.Target, ids)}");
        }

        foreach (var step in graph.Steps.Where(s => s.Answers.Count == 0))
            Report(step.Line, step.Column, "PB0303",
                $"step '{step.Id}' has no answers; add answer links such as '- [Yes](#next-step)', or start its heading with 'Outcome:' to end the guide there");

        var reachable = Reachable(graph);
        foreach (var step in graph.Steps.Where(s => !reachable.Contains(s.Id)))
            Report(step.Line, step.Column, "PB0302", $"no answer leads to step '{step.Id}', so no walk from the first step reaches it; link an answer to '#{step.Id}' or remove the step");
        foreach (var outcome in graph.Outcomes.Where(o => !reachable.Contains(o.Id)))
            Report(outcome.Line, outcome.Column, "PB0302", $"no answer leads to outcome '{outcome.Id}', so no walk from the first step reaches it; link an answer to '#{outcome.Id}' or remove the outcome");

        foreach (var (answer, loop) in Cycles(graph))
            Report(answer.Line, answer.Column, "PB0304",
                $"this answer leads back to '{answer.Target}' and makes a loop ({string.Join(" → ", loop)}); every answer must move the reader on towards an outcome");

        var ending = CanEnd(graph);
        foreach (var step in graph.Steps.Where(s => s.Answers.Count > 0 && !ending.Contains(s.Id)))
            Report(step.Line, step.Column, "PB0305",
                $"no walk from step '{step.Id}' ends in an outcome; give it an answer that leads towards an 'Outcome:' heading");

        foreach (var outcome in graph.Outcomes)
        {
            if (outcome.Stage is null)
                Report(outcome.Line, outcome.Column, "PB0306",
                    $"outcome '{outcome.Id}' names no stage; add a line 'Stage: [](xref:<stage-id>)' under its heading");
            else if (context.Config.FindStage(outcome.Stage) is null)
            {
                reportedLinks.Add(PlaybookMarkdown.XrefScheme + outcome.Stage);
                Report(outcome.StageLine, outcome.StageColumn, "PB0307",
                    $"outcome '{outcome.Id}' names unknown stage '{outcome.Stage}'{Suggest.DidYouMean(outcome.Stage, context.Config.Stages.Select(s => s.Id))}");
            }
        }
        if (problems == 0) return page.With(ValidKey, true);
        return reportedLinks.Count == 0 ? page : page.With(ResolveCrossLinks.ReportedKey, reportedLinks);
    }

    private static Dictionary<string, GuideStep> StepsById(GuideGraph graph) =>
        graph.Steps.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First());

    private static HashSet<string> Reachable(GuideGraph graph)
    {
        var steps = StepsById(graph);
        var seen = new HashSet<string>(StringComparer.Ordinal) { graph.Start };
        var queue = new Queue<string>([graph.Start]);
        while (queue.TryDequeue(out var id))
            if (steps.TryGetValue(id, out var step))
                foreach (var answer in step.Answers)
                    if (seen.Add(answer.Target)) queue.Enqueue(answer.Target);
        return seen;
    }

    /// <summary>Steps from which some walk ends in an outcome: found backwards from the outcomes.</summary>
    private static HashSet<string> CanEnd(GuideGraph graph)
    {
        var ending = graph.Outcomes.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        bool grew;
        do
        {
            grew = false;
            foreach (var step in graph.Steps)
                if (!ending.Contains(step.Id) && step.Answers.Any(a => ending.Contains(a.Target)))
                {
                    ending.Add(step.Id);
                    grew = true;
                }
        } while (grew);
        return ending;
    }

    /// <summary>The answers that close a loop (back edges of a depth-first walk), with the loop they close.</summary>
    private static List<(GuideAnswer Answer, List<string> Loop)> Cycles(GuideGraph graph)
    {
        var steps = StepsById(graph);
        var found = new List<(GuideAnswer, List<string>)>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();

        void Visit(GuideStep step)
        {
            path.Add(step.Id);
            foreach (var answer in step.Answers)
            {
                var onPath = path.IndexOf(answer.Target);
                if (onPath >= 0)
                    found.Add((answer, [.. path[onPath..], answer.Target]));
                else if (!done.Contains(answer.Target) && steps.TryGetValue(answer.Target, out var next))
                    Visit(next);
            }
            path.RemoveAt(path.Count - 1);
            done.Add(step.Id);
        }

        foreach (var step in graph.Steps.OrderBy(s => s.Id == graph.Start ? 0 : 1))
            if (!done.Contains(step.Id)) Visit(step);
        return found;
    }
}
