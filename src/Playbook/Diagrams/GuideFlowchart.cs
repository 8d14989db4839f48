using System.Text;
using Playbook.Model;
using static Playbook.Diagrams.SvgText;

namespace Playbook.Diagrams;

/// <summary>
/// Draws a checked decision guide as a top-down flowchart: each step a box linking to its
/// section, each answer a labelled arrow, each outcome a box in its stage's tone. Colours come
/// from classes (guide.css), so the drawing follows the light, dark and print themes. The SVG
/// is a named group, not role=img, which would hide its links from keyboards and screen readers.
/// </summary>
public static class GuideFlowchart
{
    private const double NodeWidth = 216;
    private const double Padding = 10;
    private const double FontSize = 14;
    private const double LineHeight = 18;
    private const double LabelFontSize = 13;
    private const double LabelLineHeight = 16;
    private const int LabelChars = 24;
    private const int LabelLines = 3;
    private const int NodeLines = 6;

    /// <summary>The SVG markup, or null for a guide with nothing to draw.</summary>
    /// <param name="stageTone">The tone class number (1–6) of a stage id.</param>
    public static string? Draw(string title, GuideGraph graph, Func<string, string?> stageTitle, Func<string, int> stageTone)
    {
        if (graph.Steps.Count == 0) return null;
        var chars = CharsIn(NodeWidth - 2 * Padding, FontSize);
        var boxes = graph.Steps.Select((s, i) => (s.Id, Lines: Wrap($"{i + 1}. {s.Question}", chars, NodeLines), Outcome: (GuideOutcome?)null))
            .Concat(graph.Outcomes.Select(o => (o.Id, Lines: Outcome(o, stageTitle, chars), Outcome: (GuideOutcome?)o)))
            .ToList();
        var answers = graph.Steps.SelectMany(s => Labels(s.Answers).Select((label, i) => (From: s.Id, Answer: s.Answers[i], Lines: Wrap(label, LabelChars, LabelLines)))).ToList();

        var layout = LayeredLayout.Arrange(
            boxes.Select(b => new LayoutNode(b.Id, NodeWidth, b.Lines.Count * LineHeight + 2 * Padding)).ToList(),
            answers.Select(a => new LayoutEdge(a.From, a.Answer.Target, LabelWidth(a.Lines), LabelHeight(a.Lines))).ToList(),
            new LayoutSpacing());

        var svg = new StringBuilder();
        svg.Append($"<svg class=\"flowchart\" viewBox=\"0 0 {Number(layout.Width)} {Number(layout.Height)}\" width=\"{Number(layout.Width)}\" height=\"{Number(layout.Height)}\" role=\"group\" aria-labelledby=\"flowchart-title\" aria-describedby=\"flowchart-desc\">");
        svg.Append($"<title id=\"flowchart-title\">Flowchart: {Escape(title)}</title>");
        svg.Append($"<desc id=\"flowchart-desc\">{graph.Steps.Count} questions and {graph.Outcomes.Count} outcomes. Each answer is an arrow to where it leads; the steps on this page are the same guide as text.</desc>");
        svg.Append("<defs><marker id=\"fc-arrow\" viewBox=\"0 0 8 8\" refX=\"8\" refY=\"4\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\"><path d=\"M0 0L8 4L0 8z\"/></marker></defs>");
        svg.Append("<g class=\"fc-edges\">");
        foreach (var edge in layout.Edges)
            svg.Append($"<path d=\"{Path(edge.Points)}\"/>");
        svg.Append("</g>");
        // Labels are the drawing's only top-level text (guide.css styles them as `.flowchart > text`); they need no box
        // behind them: the stylesheet paints a halo of the page's background round their letters.
        foreach (var (edge, answer) in layout.Edges.Zip(answers))
            Text(svg, answer.Lines, edge.Label.X, edge.Label.Y - LabelHeight(answer.Lines) / 2 + 2, LabelLineHeight, LabelFontSize);
        foreach (var (node, box) in layout.Nodes.Zip(boxes))
        {
            // Steps are the drawing's plain boxes; only outcomes carry a class, for their stage's tone.
            var kind = box.Outcome is { } outcome ? $" class=\"fc-outcome stage-tone-{stageTone(outcome.Stage ?? "")}\"" : "";
            svg.Append($"<a href=\"#{Escape(node.Id)}\"{kind}><rect x=\"{Number(node.X)}\" y=\"{Number(node.Y)}\" width=\"{Number(node.Width)}\" height=\"{Number(node.Height)}\"/>");
            Text(svg, box.Lines, node.X + Padding, node.Y + Padding, LineHeight, FontSize);
            svg.Append("</a>");
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// An arrow reads as the answer's lead, as a hand-drawn flowchart's would: "No" for
    /// "No, it is starting out", "Not yet" for "Not yet: in a few months". The whole answer is in
    /// the step's text. An answer with no short lead, or whose lead another answer of the same step
    /// shares, is labelled in full (wrapped, cut with "…" after three lines).
    /// </summary>
    public static IReadOnlyList<string> Labels(IReadOnlyList<GuideAnswer> answers)
    {
        var leads = answers.Select(a => Lead(a.Text)).ToList();
        return leads.Select((lead, i) => lead is not null && leads.Count(l => l == lead) == 1 ? lead : answers[i].Text).ToList();
    }

    private static string? Lead(string answer)
    {
        var end = answer.IndexOfAny([',', ':', ';']);
        return end > 0 && end <= LabelChars ? answer[..end] : null;
    }

    /// <summary>An outcome's box reads its title, then the stage it places the client in.</summary>
    private static IReadOnlyList<string> Outcome(GuideOutcome outcome, Func<string, string?> stageTitle, int chars)
    {
        var stage = outcome.Stage is { } id ? stageTitle(id) ?? id : null;
        var title = Wrap(outcome.Title, chars, NodeLines - 1);
        return stage is null ? title : [.. title, $"→ {stage}"];
    }

    private static double LabelWidth(IReadOnlyList<string> lines) => WidthOf(lines.Max(l => l.Length), LabelFontSize) + 8;

    private static double LabelHeight(IReadOnlyList<string> lines) => lines.Count * LabelLineHeight + 4;

    /// <summary>Lines of a text block whose first baseline sits one line below <paramref name="top"/>; a label block is centred on <paramref name="x"/>.</summary>
    private static void Text(StringBuilder svg, IReadOnlyList<string> lines, double x, double top, double lineHeight, double fontSize)
    {
        // The first line is the text's own; each next one a tspan back at x and one line down.
        svg.Append($"<text x=\"{Number(x)}\" y=\"{Number(top + fontSize)}\">{Escape(lines[0])}");
        foreach (var line in lines.Skip(1))
            svg.Append($"<tspan x=\"{Number(x)}\" dy=\"{Number(lineHeight)}\">{Escape(line)}</tspan>");
        svg.Append("</text>");
    }

    /// <summary>Straight down where an edge keeps its x, an S-curve between layers where it moves sideways.</summary>
    private static string Path(IReadOnlyList<Point> points)
    {
        var d = new StringBuilder($"M{Number(points[0].X)} {Number(points[0].Y)}");
        for (var i = 1; i < points.Count; i++)
        {
            var (a, b) = (points[i - 1], points[i]);
            var middle = (a.Y + b.Y) / 2;
            d.Append(a.X == b.X ? $"V{Number(b.Y)}" : $"C{Number(a.X)} {Number(middle)} {Number(b.X)} {Number(middle)} {Number(b.X)} {Number(b.Y)}");
        }
        return d.ToString();
    }
}
