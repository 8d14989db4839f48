using Playbook.Model;
using Playbook.Pipeline;

namespace Playbook.Modules;

/// <summary>
/// Marks drafts and internal pages that this build leaves out. They stay in the list until links
/// are resolved, so that a link to one is reported as such rather than as a missing page.
/// </summary>
public sealed class SelectAudience : PerPageModule
{
    public static readonly PageKey<string> ExcludedReason = new("excluded");

    protected override bool Handles(Page page) => page.IsMarkdown;

    protected override Page? Transform(Page page, BuildContext context)
    {
        var options = context.Options;
        if (page.FrontMatter.Draft && !options.IncludeDrafts)
            return page.With(ExcludedReason, "a draft");
        if (page.FrontMatter.Audience == Audiences.Internal && options.Audience != Audiences.Internal)
            return page.With(ExcludedReason, "an internal page");
        return page;
    }
}
