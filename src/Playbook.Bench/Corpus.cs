using System.Text;
using Playbook.Model;

namespace Playbook.Bench;

/// <summary>One synthetic page, independent of the generator it will be written for.</summary>
/// <remarks>Links in <see cref="Body"/> are written as <c>xref:id</c> or <c>xref:id#anchor</c>; each site writer turns them into its own form.</remarks>
public sealed record PageSpec(
    string Kind, string Folder, string Id, string Title, string Description,
    IReadOnlyList<string> Stages, string? Phase, IReadOnlyList<string> Tags,
    DateOnly Date, DateOnly Updated, string Body);

/// <summary>
/// Generates, from a fixed seed, N pages of a playbook that uses the stages, phases and tags of
/// the real <c>playbook.yml</c>: about 600 words each with headings, lists, a task list, a table,
/// a code block and 3–5 links to other pages. Most are articles; some are checklists and guides.
/// </summary>
public static class Corpus
{
    /// <summary>Articles carry a "Steps" heading, so links can point at its anchor and the anchor check has work to do.</summary>
    public const string StepsAnchor = "steps";

    public static IReadOnlyList<PageSpec> Generate(int count, int seed, PlaybookConfig config)
    {
        var text = new Text(seed);
        var kinds = Enumerable.Range(0, count).Select(i => (i % 10) switch { < 7 => "article", < 9 => "checklist", _ => "guide" }).ToList();
        var ids = kinds.Select((k, i) => $"{k}-{i:D5}").ToList();
        var stagePages = config.Stages.Select(s => s.Id).ToList();

        var pages = new List<PageSpec>(count + stagePages.Count);
        foreach (var stage in config.Stages)
            pages.Add(new PageSpec("stage", "stages", stage.Id, stage.Title, stage.Summary, [stage.Id], null, [],
                new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 1), Prose(text, 4)));

        for (var i = 0; i < count; i++)
        {
            var kind = kinds[i];
            var phase = text.Pick(config.Phases);
            var stages = phase.Stages.ToList();
            var other = text.Pick(config.Stages).Id;
            if (!stages.Contains(other) && text.Next(3) == 0) stages.Add(other);
            stages = config.Stages.Select(s => s.Id).Where(stages.Contains).ToList();
            var tags = Enumerable.Range(0, text.Next(1, 4)).Select(_ => text.Pick(config.Tags)).Distinct().ToList();

            string Link()
            {
                var j = text.Next(count);
                if (j == i) j = (j + 1) % count;
                var anchor = kinds[j] == "article" && text.Next(4) == 0 ? "#" + StepsAnchor : "";
                return text.Next(8) == 0 ? $"xref:{text.Pick(stagePages)}" : $"xref:{ids[j]}{anchor}";
            }

            var body = kind switch
            {
                "checklist" => Checklist(text, Link),
                "guide" => Guide(text, Link, stagePages),
                _ => Article(text, Link),
            };
            var date = new DateOnly(2025, 1, 1).AddDays(text.Next(365));
            pages.Add(new PageSpec(kind, config.Kinds[kind].Folder, ids[i], text.Title(text.Next(3, 7)), text.Sentence(10, 20),
                stages, phase.Id, tags, date, date.AddDays(text.Next(300)), body));
        }
        return pages;
    }

    private static string Prose(Text text, int paragraphs)
    {
        var sb = new StringBuilder();
        for (var p = 0; p < paragraphs; p++) sb.Append(text.Paragraph(5)).Append("\n\n");
        return sb.ToString();
    }

    private static string Article(Text text, Func<string> link)
    {
        var sb = new StringBuilder();
        sb.Append(text.Paragraph(4)).Append($" See [{text.Title(2)}]({link()}).\n\n");
        sb.Append("## Why it matters\n\n").Append(text.Paragraph(6)).Append("\n\n");
        for (var i = 0; i < 4; i++) sb.Append("- ").Append(text.Sentence()).Append('\n');
        sb.Append('\n').Append(text.Paragraph(3)).Append($" The [{text.Title(2)}]({link()}) page goes further.\n\n");
        sb.Append($"## {char.ToUpperInvariant(StepsAnchor[0])}{StepsAnchor[1..]}\n\n");
        for (var i = 0; i < 5; i++) sb.Append("- [ ] ").Append(text.Sentence()).Append('\n');
        sb.Append('\n').Append(text.Paragraph(3)).Append("\n\n");
        Table(text, sb);
        sb.Append("## In practice\n\n").Append(text.Paragraph(5)).Append("\n\n").Append(text.Paragraph(4)).Append($" Compare with [{text.Title(3)}]({link()}).\n\n");
        Code(text, sb);
        sb.Append("### Pitfalls\n\n");
        for (var i = 0; i < 3; i++) sb.Append(i + 1).Append(". ").Append(text.Sentence()).Append('\n');
        sb.Append('\n').Append(text.Paragraph(5));
        for (var i = text.Next(0, 3); i > 0; i--) sb.Append($" Read [{text.Title(2)}]({link()}).");
        return sb.Append('\n').ToString();
    }

    private static string Checklist(Text text, Func<string> link)
    {
        var sb = new StringBuilder();
        sb.Append(text.Paragraph(3)).Append($" Start with [{text.Title(2)}]({link()}).\n\n");
        foreach (var section in new[] { "Before the meeting", "During the engagement", "At the review" })
        {
            sb.Append("## ").Append(section).Append("\n\n");
            for (var i = 0; i < 5; i++) sb.Append("- [ ] **").Append(text.Title(3)).Append(".** ").Append(text.Sentence()).Append('\n');
            sb.Append('\n').Append(text.Paragraph(2)).Append($" See [{text.Title(2)}]({link()}).\n\n");
        }
        Table(text, sb);
        Code(text, sb);
        sb.Append("## Notes\n\n").Append(text.Paragraph(6));
        for (var i = text.Next(1, 4); i > 0; i--) sb.Append($" Also [{text.Title(2)}]({link()}).");
        return sb.Append('\n').ToString();
    }

    /// <summary>
    /// A decision guide in Playbook's format: steps whose answers lead on or to an outcome, and
    /// outcomes that name a stage. The task list, table and code sit in the introduction, since
    /// every '##' heading of a guide is a step.
    /// </summary>
    private static string Guide(Text text, Func<string> link, IReadOnlyList<string> stages)
    {
        var sb = new StringBuilder();
        sb.Append(text.Paragraph(4)).Append($" Background in [{text.Title(2)}]({link()}).\n\n");
        for (var i = 0; i < 3; i++) sb.Append("- [ ] ").Append(text.Sentence()).Append('\n');
        sb.Append('\n');
        Table(text, sb);
        Code(text, sb);
        const int steps = 5;
        for (var s = 1; s <= steps; s++)
        {
            sb.Append($"## Step {s}: {text.Title(4)}? {{#step-{s}}}\n\n").Append(text.Paragraph(3)).Append("\n\n");
            var next = s < steps ? $"#step-{s + 1}" : "#outcome-a";
            sb.Append($"- [{text.Sentence(5, 9)}]({next})\n");
            sb.Append($"- [{text.Sentence(5, 9)}](#outcome-b)\n\n");
        }
        foreach (var outcome in new[] { "a", "b" })
        {
            sb.Append($"## Outcome: {text.Title(3)} {{#outcome-{outcome}}}\n\n");
            sb.Append($"Stage: [](xref:{text.Pick(stages)})\n\n");
            sb.Append(text.Paragraph(3)).Append($" Then [{text.Title(2)}]({link()}).\n\n");
        }
        return sb.ToString();
    }

    private static void Table(Text text, StringBuilder sb)
    {
        sb.Append("| Signal | What it means | What to do |\n|---|---|---|\n");
        for (var i = 0; i < 4; i++)
            sb.Append($"| {text.Title(2)} | {text.Sentence(4, 8)} | {text.Sentence(4, 8)} |\n");
        sb.Append('\n');
    }

    private static void Code(Text text, StringBuilder sb)
    {
        sb.Append("```yaml\n");
        for (var i = 0; i < 4; i++) sb.Append($"{text.Noun()}: {text.Noun()}-{text.Next(100)}\n");
        sb.Append("```\n\n");
    }
}
