using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Playbook.Model;

namespace Playbook.Markdown.Guides;

/// <summary>
/// Reads a guide's graph from its syntax tree and gives each step its own section. The syntax
/// is plain Markdown, so a guide reads well on a git host and works by links without JavaScript:
/// <list type="bullet">
/// <item>every <c>##</c> heading is a step, the first one the start; <c>{#id}</c> names it;</item>
/// <item>a list item that starts with a link to <c>#id</c> is an answer leading to that step;</item>
/// <item>a heading that starts with <c>Outcome:</c> ends the guide; the first paragraph under it
/// that starts with <c>Stage:</c> names the stage, as <c>[](xref:stage-id)</c>.</item>
/// </list>
/// </summary>
public static class GuideReader
{
    // Marks an answer's link in the syntax tree; the page shows it by its list (.guide-answers), not a class of its own.
    private static readonly object AnswerMark = new();

    public const string OutcomePrefix = "Outcome:";
    public const string StagePrefix = "Stage:";

    /// <summary>Reads the graph; <paramref name="resolveStage"/> turns a stage reference into a stage id, or null when it knows none.</summary>
    public static GuideGraph Read(MarkdownDocument document, Func<string, string?> resolveStage)
    {
        var steps = new List<GuideStep>();
        var outcomes = new List<GuideOutcome>();
        foreach (var (heading, blocks) in Sections(document))
        {
            var id = heading.GetAttributes().Id ?? "";
            var text = MarkdownText.Plain(heading.Inline).Trim();
            var (line, column) = (heading.Line + 1, heading.Column + 1);
            if (text.StartsWith(OutcomePrefix, StringComparison.OrdinalIgnoreCase))
            {
                var (stage, stageLine, stageColumn) = StageOf(blocks, resolveStage);
                outcomes.Add(new GuideOutcome(id, text[OutcomePrefix.Length..].Trim(), stage, line, column, stageLine, stageColumn));
            }
            else
                steps.Add(new GuideStep(id, text, line, column, Answers(blocks)));
        }
        var start = steps.Count > 0 ? steps[0].Id : outcomes.FirstOrDefault()?.Id ?? "";
        return new GuideGraph(start, steps, outcomes);
    }

    /// <summary>
    /// Moves each step's heading and content into a <see cref="GuideStepBlock"/>, so it renders as
    /// a section, and marks each answer with where it goes on paper ("go to step 3").
    /// <paramref name="stagePage"/> gives the stage page an outcome links on to, or null.
    /// </summary>
    public static void WrapSteps(MarkdownDocument document, GuideGraph graph, Func<string, (string Title, string Url, int Tone)?> stagePage)
    {
        var left = graph.QuestionsLeft();
        foreach (var (heading, blocks) in Sections(document).ToList())
        {
            var id = heading.GetAttributes().Id ?? "";
            var outcome = graph.Outcomes.FirstOrDefault(o => o.Id == id);
            var section = new GuideStepBlock(id, outcome?.Stage)
            {
                IsOutcome = outcome is not null,
                QuestionsLeft = left.GetValueOrDefault(id),
                StagePage = outcome?.Stage is { } stage ? stagePage(stage) : null,
            };
            // "3" for the third step, "B" for the second outcome: how paper and "go to" name them.
            var label = outcome is not null ? graph.LetterOf(id) : graph.NumberOf(id) is > 0 and var n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
            if (label.Length > 0) heading.GetAttributes().AddProperty("data-label", label);
            // A step is reached by walking the guide (or from the flowchart, which links every
            // step), and its address is the guide's own deep link, so it needs no "#" of its own.
            HeadingAnchorExtension.Omit(heading);
            foreach (var link in blocks.SelectMany(b => b.Descendants<LinkInline>()))
                if (link.GetData(AnswerMark) is true && link.Url is { Length: > 1 } url)
                    link.GetAttributes().AddProperty("data-goto", graph.GoTo(Uri.UnescapeDataString(url[1..])));
            document.Insert(document.IndexOf(heading), section);
            foreach (var block in blocks.Prepend(heading))
            {
                document.Remove(block);
                section.Add(block);
            }
        }
    }

    private static IEnumerable<(HeadingBlock Heading, List<Block> Blocks)> Sections(MarkdownDocument document)
    {
        HeadingBlock? heading = null;
        var blocks = new List<Block>();
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 } next)
            {
                if (heading is not null) yield return (heading, blocks);
                (heading, blocks) = (next, []);
            }
            else if (heading is not null)
                blocks.Add(block);
        }
        if (heading is not null) yield return (heading, blocks);
    }

    private static List<GuideAnswer> Answers(List<Block> blocks)
    {
        var answers = new List<GuideAnswer>();
        foreach (var list in blocks.OfType<ListBlock>())
        {
            var before = answers.Count;
            foreach (var item in list.OfType<ListItemBlock>())
            {
                if (item.FirstOrDefault() is not ParagraphBlock { Inline: { } inline }) continue;
                var first = inline.FirstOrDefault(i => i is not LiteralInline l || !l.Content.IsEmptyOrWhitespace());
                if (first is not LinkInline { IsImage: false } link || link.Url is not { } url || !url.StartsWith('#')) continue;
                link.SetData(AnswerMark, true);
                answers.Add(new GuideAnswer(MarkdownText.Plain(link).Trim(), Uri.UnescapeDataString(url[1..]), link.Line + 1, link.Column + 1));
            }
            if (answers.Count > before) list.GetAttributes().AddClass("guide-answers");
        }
        return answers;
    }

    private static (string? Stage, int Line, int Column) StageOf(List<Block> blocks, Func<string, string?> resolveStage)
    {
        foreach (var paragraph in blocks.OfType<ParagraphBlock>())
        {
            var text = MarkdownText.Plain(paragraph.Inline).TrimStart();
            if (!text.StartsWith(StagePrefix, StringComparison.OrdinalIgnoreCase)) continue;
            var link = paragraph.Inline!.Descendants<LinkInline>().FirstOrDefault(l => l.Url?.StartsWith(PlaybookMarkdown.XrefScheme, StringComparison.Ordinal) == true);
            var (reference, line, column) = link is not null
                ? (link.Url![PlaybookMarkdown.XrefScheme.Length..].Split('#')[0], link.Line + 1, link.Column + 1)
                : (text[StagePrefix.Length..].Trim().Split(' ', 2)[0], paragraph.Line + 1, paragraph.Column + 1);
            return reference.Length == 0 ? (null, line, column) : (resolveStage(reference) ?? reference, line, column);
        }
        return (null, 0, 0);
    }
}
