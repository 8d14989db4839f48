using Playbook.Diagnostics;
using Playbook.Markdown.Worksheets;
using Playbook.Model;
using Playbook.Pipeline;

namespace Playbook.Modules;

/// <summary>
/// Marks the fields of a worksheet page (prompts ending in a blank, blanks in sentences, empty
/// table cells) so they render as a form to fill in, reports fields written wrong, and keeps
/// what the worksheet asks in <c>Data[Key]</c> for the layout and playbook.json.
/// </summary>
public sealed class ExtractWorksheet : PerPageModule
{
    public static readonly PageKey<WorksheetData> Key = new("worksheet");

    protected override bool Handles(Page page) => page.IsMarkdown && page.Kind == Kinds.Worksheet;

    protected override Page? Transform(Page page, BuildContext context)
    {
        // Fields are marked in place, so the tree moves to the page this returns.
        var body = page.Document!.Take();
        var (data, problems) = WorksheetReader.Read(body.Tree);
        foreach (var problem in problems)
            context.Report(Diagnostic.Error(page.SourcePath, problem.Line, problem.Column, problem.RuleId, problem.Message));
        return (page with { Document = body }).With(Key, data);
    }
}
