using System.Text;
using Playbook.Model;
using static Playbook.Diagrams.SvgText;

namespace Playbook.Diagrams;

/// <summary>
/// Draws playbook.yml's stages over its phases: phases in order along the journey, each stage a
/// band over the phases it holds. A phase that belongs to several stages is shared between their
/// bands, so they meet across it. <c>wide</c> runs left to right for desktops; otherwise top to
/// bottom, to fit a phone.
/// </summary>
public static class StageJourney
{
    private const double Margin = 8;
    private const double FontSize = 13;
    private const double LineHeight = 17;

    /// <summary>Sizes along the journey (a phase's column or row, the gap between) and across it (the band, the gap, the phase box).</summary>
    private sealed record Shape(double Slot, double Gap, double Band, double Between, double Box);

    private static readonly Shape Wide = new(Slot: 108, Gap: 8, Band: 56, Between: 8, Box: 44);
    private static readonly Shape Tall = new(Slot: 40, Gap: 6, Band: 146, Between: 8, Box: 180);

    public static string Draw(PlaybookConfig config, bool wide, string? currentStage, Func<string, string> stageUrl, Func<string, string> phaseUrl)
    {
        var shape = wide ? Wide : Tall;
        var name = wide ? "journey-wide" : "journey-tall";
        var spans = Spans(config);
        var slots = Math.Max(1, (int)Math.Ceiling(spans.Select(s => s.End).Append(config.Phases.Count).Max()));
        var along = 2 * Margin + slots * shape.Slot + (slots - 1) * shape.Gap;
        var across = 2 * Margin + shape.Band + shape.Between + shape.Box;
        var (width, height) = wide ? (along, across) : (across, along);

        // Where a point on the journey falls (0 = the first phase's start, 1.5 = halfway through the second); the end of a
        // stretch that closes a slot is that slot's far edge, not the next slot's start across the gap.
        double At(double position, bool end = false)
        {
            var slot = Math.Floor(position);
            if (end && slot == position) slot--;
            return Margin + slot * (shape.Slot + shape.Gap) + (position - slot) * shape.Slot;
        }
        (double X, double Y, double W, double H) Box(double start, double end, double from, double size) =>
            wide ? (start, from, end - start, size) : (from, start, size, end - start);

        var svg = new StringBuilder();
        svg.Append($"<svg class=\"stage-journey {name}\" viewBox=\"0 0 {Number(width)} {Number(height)}\" width=\"{Number(width)}\" height=\"{Number(height)}\" role=\"group\" aria-labelledby=\"{name}-title\" aria-describedby=\"{name}-desc\">");
        svg.Append($"<title id=\"{name}-title\">The journey: {config.Stages.Count} stages over {config.Phases.Count} phases</title>");
        svg.Append($"<desc id=\"{name}-desc\">{Escape(Describe(config, currentStage))}</desc>");
        foreach (var (stage, index, start, stop) in spans)
        {
            var here = stage.Id == currentStage;
            var box = Box(At(start) + (start % 1 == 0 ? 0 : 2), At(stop, end: true) - (stop % 1 == 0 ? 0 : 2), Margin, shape.Band);
            var lines = Wrap(stage.Title, CharsIn(box.W - 12, FontSize), here ? 2 : 3);
            svg.Append($"<a href=\"{Escape(stageUrl(stage.Id))}\" class=\"sj-stage stage-tone-{Tone(index)}{(here ? " sj-here" : "")}\"{(here ? " aria-current=\"page\"" : "")}>");
            svg.Append($"<rect x=\"{Number(box.X)}\" y=\"{Number(box.Y)}\" width=\"{Number(box.W)}\" height=\"{Number(box.H)}\"/>");
            Text(svg, lines, box, here ? "You are here" : null);
            svg.Append("</a>");
        }
        foreach (var (phase, slot) in config.Phases.Select((p, i) => (p, i)))
        {
            var box = Box(At(slot), At(slot + 1, end: true), Margin + shape.Band + shape.Between, shape.Box);
            svg.Append($"<a href=\"{Escape(phaseUrl(phase.Id))}\" class=\"sj-phase{(phase.Stages.Count > 1 ? " sj-shared" : "")}\">");
            svg.Append($"<rect x=\"{Number(box.X)}\" y=\"{Number(box.Y)}\" width=\"{Number(box.W)}\" height=\"{Number(box.H)}\"/>");
            Text(svg, Wrap($"{slot + 1}. {phase.Title}", CharsIn(box.W - 8, FontSize), 2), box, null);
            svg.Append("</a>");
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>The stage tone class number: a stage's place in playbook.yml, cycling through the theme's six tones.</summary>
    public static int Tone(int stageIndex) => stageIndex % 6 + 1;

    /// <summary>
    /// Each stage's stretch of the journey, in slots: a phase shared by k stages gives each of them
    /// a k-th of its slot, in playbook.yml's stage order. A stage without phases gets a slot of its
    /// own after the last phase, so it is still drawn.
    /// </summary>
    internal static List<(Stage Stage, int Index, double Start, double End)> Spans(PlaybookConfig config)
    {
        var parts = config.Stages.Select(_ => new List<(double Start, double End)>()).ToList();
        foreach (var (phase, slot) in config.Phases.Select((p, i) => (p, i)))
        {
            var owners = config.Stages.Select((s, i) => (s, i)).Where(x => phase.Stages.Contains(x.s.Id)).ToList();
            for (var k = 0; k < owners.Count; k++)
                parts[owners[k].i].Add((slot + (double)k / owners.Count, slot + (double)(k + 1) / owners.Count));
        }
        var extra = config.Phases.Count;
        return config.Stages.Select((s, i) => parts[i].Count > 0
            ? (s, i, parts[i].Min(p => p.Start), parts[i].Max(p => p.End))
            : (s, i, (double)extra, (double)++extra)).ToList();
    }

    private static string Describe(PlaybookConfig config, string? currentStage)
    {
        var text = new StringBuilder();
        foreach (var stage in config.Stages)
        {
            var phases = config.Phases.Where(p => p.Stages.Contains(stage.Id)).Select(p => p.Title).ToList();
            text.Append($"{stage.Title}: {(phases.Count == 0 ? "no phases" : string.Join(", ", phases))}. ");
        }
        foreach (var shared in config.Phases.Where(p => p.Stages.Count > 1))
            text.Append($"{shared.Title} straddles {string.Join(" and ", shared.Stages.Select(id => config.FindStage(id)?.Title ?? id))}. ");
        if (currentStage is not null && config.FindStage(currentStage) is { } here) text.Append($"You are here: {here.Title}.");
        return text.ToString().TrimEnd();
    }

    /// <summary>Lines centred in a box (text-anchor comes from overview.css), and under them a note in its own style.</summary>
    private static void Text(StringBuilder svg, IReadOnlyList<string> lines, (double X, double Y, double W, double H) box, string? note)
    {
        var count = lines.Count + (note is null ? 0 : 1);
        var top = box.Y + (box.H - count * LineHeight) / 2;
        var x = Number(box.X + box.W / 2);
        svg.Append("<text>");
        for (var i = 0; i < lines.Count; i++)
            svg.Append($"<tspan x=\"{x}\" y=\"{Number(top + i * LineHeight + FontSize)}\">{Escape(lines[i])}</tspan>");
        if (note is not null)
            svg.Append($"<tspan class=\"sj-note\" x=\"{x}\" y=\"{Number(top + lines.Count * LineHeight + FontSize)}\">{Escape(note)}</tspan>");
        svg.Append("</text>");
    }
}
