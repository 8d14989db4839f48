namespace Playbook.Model;

// A decision guide as read from its Markdown: every `##` heading is a step (the first is the
// start) or, when its text starts with "Outcome:", an end of the guide that names a stage.
// Lines and columns are the Markdown file's own (1-based), so checks can point at them.

public sealed record GuideGraph(string Start, IReadOnlyList<GuideStep> Steps, IReadOnlyList<GuideOutcome> Outcomes)
{
    public bool IsOutcome(string id) => Outcomes.Any(o => o.Id == id);

    public bool Contains(string id) => IsOutcome(id) || Steps.Any(s => s.Id == id);

    /// <summary>A step's number on paper and in "go to step N", from 1 in the guide's order; 0 for an id that is no step.</summary>
    public int NumberOf(string id) => Steps.ToList().FindIndex(s => s.Id == id) + 1;

    /// <summary>An outcome's letter on paper (A, B, … then numbers past Z); "" for an id that is no outcome.</summary>
    public string LetterOf(string id) => Outcomes.ToList().FindIndex(o => o.Id == id) switch
    {
        < 0 => "",
        var i and < 26 => ((char)('A' + i)).ToString(),
        var i => (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Where an answer to <paramref name="target"/> sends a reader on paper: "go to step 3" or "go to outcome B".</summary>
    public string GoTo(string target) =>
        NumberOf(target) is > 0 and var n ? $"go to step {n}" : LetterOf(target) is { Length: > 0 } l ? $"go to outcome {l}" : target;

    /// <summary>
    /// The most questions a reader can still be asked from <paramref name="id"/> (its own included)
    /// before an outcome: what "question 2 of at most 5" counts. A loop (an error the build
    /// reports) is cut where it closes, so a broken guide still gets a number.
    /// </summary>
    public IReadOnlyDictionary<string, int> QuestionsLeft()
    {
        var steps = Steps.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First());
        var left = new Dictionary<string, int>();
        int Walk(string id, HashSet<string> onPath)
        {
            if (left.TryGetValue(id, out var known)) return known;
            if (!steps.TryGetValue(id, out var step) || !onPath.Add(id)) return 0;
            var most = 1 + step.Answers.Select(a => Walk(a.Target, onPath)).DefaultIfEmpty(0).Max();
            onPath.Remove(id);
            return left[id] = most;
        }
        foreach (var step in Steps) Walk(step.Id, []);
        return left;
    }
}

public sealed record GuideStep(string Id, string Question, int Line, int Column, IReadOnlyList<GuideAnswer> Answers);

public sealed record GuideAnswer(string Text, string Target, int Line, int Column);

/// <summary>
/// An end of the guide. <see cref="Stage"/> is the stage id the outcome places the client in,
/// or null when the outcome names none; <see cref="StageLine"/> is where it was named.
/// </summary>
public sealed record GuideOutcome(string Id, string Title, string? Stage, int Line, int Column, int StageLine, int StageColumn);
