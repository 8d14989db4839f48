using Markdig.Extensions.SmartyPants;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Playbook.Markdown;
using Playbook.Markdown.Checklists;
using Playbook.Model;
using Playbook.Pipeline;

namespace Playbook.Modules;

/// <summary>
/// Turns the task-list items of a checklist page into real checklist items: each gets an id
/// from its text, an enabled box and a label, and the list goes to <c>Data[Key]</c>
/// for the layout, the print handouts and playbook.json. It runs after links are resolved, so
/// an item's text holds the titles that <c>[](xref:id)</c> links take.
/// </summary>
public sealed class ExtractChecklist : PerPageModule
{
    public static readonly PageKey<IReadOnlyList<ChecklistItem>> Key = new("checklist");

    protected override bool Handles(Page page) => page.IsMarkdown && page.Kind == Kinds.Checklist;

    protected override Page? Transform(Page page, BuildContext context)
    {
        var items = new List<ChecklistItem>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var section = "";
        // One renderer per page turns each item's words into the inline HTML the handout prints.
        var html = new HtmlRenderer(new StringWriter());
        PlaybookMarkdown.Pipeline.Setup(html);
        // Each item's text gets its label inline in place, so the tree moves to the page this returns.
        var body = page.Document!.Take();
        foreach (var block in body.Tree.ToList())
        {
            if (block is HeadingBlock { Level: 2 } heading)
            {
                section = MarkdownText.Plain(heading.Inline).Trim();
                continue;
            }
            var paragraphs = block is ParagraphBlock p ? [p] : block.Descendants<ParagraphBlock>();
            foreach (var paragraph in paragraphs.ToList())
                if (paragraph.Inline?.FirstChild is TaskList box)
                    items.Add(MakeItem(paragraph.Inline, box, section, used, html));
        }
        return (page with { Document = body }).With(Key, (IReadOnlyList<ChecklistItem>)items);
    }

    private static ChecklistItem MakeItem(ContainerInline inline, TaskList box, string section, HashSet<string> used, HtmlRenderer html)
    {
        var rest = new List<Inline>();
        for (var child = box.NextSibling; child is not null; child = child.NextSibling) rest.Add(child);
        var firstWord = rest.FirstOrDefault(i => i is not LiteralInline l || !l.Content.IsEmptyOrWhitespace());
        var text = string.Concat(rest.Select(PlainText)).Trim();
        var lead = firstWord is EmphasisInline { DelimiterCount: 2 } strong ? PlainText(strong) : text;

        var id = ChecklistIds.FromLead(lead);
        for (var n = 2; !used.Add(id); n++) id = $"{ChecklistIds.FromLead(lead)}-{n}";

        var label = new ChecklistLabelInline(id);
        foreach (var child in rest)
        {
            child.Remove();
            label.AppendChild(child);
        }
        box.ReplaceBy(new ChecklistBoxInline(id));
        inline.AppendChild(label);
        html.Writer = new StringWriter();
        html.WriteChildren(label);
        return new ChecklistItem(id, text, section) { Html = html.Writer.ToString()!.Trim() };
    }

    private static string PlainText(Inline inline) => inline switch
    {
        ContainerInline c => MarkdownText.Plain(c),
        LiteralInline l => l.Content.ToString(),
        CodeInline code => code.Content,
        SmartyPant smarty => MarkdownText.Typographic(smarty),
        LineBreakInline => " ",
        _ => "",
    };
}
