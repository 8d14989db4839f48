using Playbook.Diagnostics;
using Playbook.Model;
using Playbook.Pipeline;

namespace Playbook.Modules;

/// <summary>
/// Checks each page's front matter against playbook.yml: its kind, the kind's required fields,
/// and every stage, phase and tag it names. Settles the page's kind.
/// </summary>
public sealed class ValidateFrontMatter : PerPageModule
{
    protected override bool Handles(Page page) => page.IsMarkdown;

    protected override Page? Transform(Page page, BuildContext context)
    {
        var config = context.Config;
        var fm = page.FrontMatter;
        var file = page.SourcePath;
        var top = new SourcePosition(1, 1);
        void Error(string field, string rule, string message)
        {
            var p = fm.PositionOf(field, top);
            context.Report(Diagnostic.Error(file, p.Line, p.Column, rule, message));
        }
        void ErrorAtItem(string field, int index, string rule, string message)
        {
            var p = fm.PositionOfItem(field, index, top);
            context.Report(Diagnostic.Error(file, p.Line, p.Column, rule, message));
        }

        var kind = fm.Kind ?? KindOfFolder(file, config);
        if (!config.Kinds.ContainsKey(kind))
        {
            Error("kind", "PB0108", $"unknown kind '{kind}'{Suggest.DidYouMean(kind, config.Kinds.Keys)}");
            kind = Kinds.Page;
        }

        var required = config.Kinds[kind].Required;
        var readable = !page.Has(ParseMarkdown.Unreadable);
        foreach (var field in required.Where(f => readable && !FrontMatterFields.IsGiven(fm, f)))
        {
            // A field written but left empty is pointed at; one left out entirely, at the front matter's start.
            var p = fm.PositionOf(field, top);
            context.Report(Diagnostic.Error(file, p.Line, p.Column, "PB0104",
                fm.Positions.ContainsKey(field)
                    ? $"required field '{field}' is empty, and {kind} pages need it; give it a value"
                    : $"missing required field '{field}', which {kind} pages need; add '{field}:' to the front matter"));
        }

        var stageIds = config.Stages.Select(s => s.Id).ToList();
        var stageField = fm.Positions.ContainsKey("stages") ? "stages" : "stage";
        for (var i = 0; i < fm.Stages.Count; i++)
            if (!stageIds.Contains(fm.Stages[i]))
                ErrorAtItem(stageField, i, "PB0103", $"unknown stage '{fm.Stages[i]}'{Suggest.DidYouMean(fm.Stages[i], stageIds)}");
        var stageRequired = required.Any(f => f is "stage" or "stages");
        if (kind == Kinds.Stage && (fm.Stages.Count > 1 || fm.Stages.Count == 0 && readable && !stageRequired))
            Error(stageField, "PB0106", "a stage page describes exactly one stage; write 'stage: <id>'");

        if (fm.Phase is { } phaseId)
        {
            var phase = config.FindPhase(phaseId);
            if (phase is null)
                Error("phase", "PB0107", $"unknown phase '{phaseId}'{Suggest.DidYouMean(phaseId, config.Phases.Select(p => p.Id))}");
            else if (fm.Stages.Count > 0 && !phase.Stages.Intersect(fm.Stages).Any())
                Error("phase", "PB0118",
                    $"phase '{phaseId}' belongs to stage {string.Join(" or ", phase.Stages.Select(s => $"'{s}'"))}, not to this page's stages; change the phase or add the stage");
        }

        if (config.Tags.Count > 0)
            for (var i = 0; i < fm.Tags.Count; i++)
                if (!config.Tags.Contains(fm.Tags[i]))
                    ErrorAtItem("tags", i, "PB0109",
                        $"unknown tag '{fm.Tags[i]}'{Suggest.DidYouMean(fm.Tags[i], config.Tags)} (or declare it under 'tags' in playbook.yml)");

        if (fm.Audience is not (Audiences.Public or Audiences.Internal))
            Error("audience", "PB0117", $"audience must be 'public' or 'internal', not '{fm.Audience}'; write 'audience: internal' to keep the page out of the public site");

        if (fm.ReviewBy is { } due && due < context.Options.Today)
        {
            var p = fm.PositionOf("review_by", top);
            context.Report(Diagnostic.Warning(file, p.Line, p.Column, "PB0110",
                $"review was due on {due:yyyy-MM-dd}; review the page, then move review_by forward"));
        }

        if (page.Document?.Tree is { Count: 0 })
            context.Report(Diagnostic.Error(file, page.BodyLine, 1, "PB0111", "the page has front matter but no content; write its body"));

        return page with { Kind = kind };
    }

    private static string KindOfFolder(string path, PlaybookConfig config)
    {
        var folder = path.Contains('/') ? path[..path.LastIndexOf('/')] : "";
        return config.Kinds.Values.FirstOrDefault(k => k.Folder == folder && k.Id != Kinds.Page)?.Id ?? Kinds.Page;
    }
}
