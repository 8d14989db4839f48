using Playbook.Pipeline;

namespace Playbook.Modules;

/// <summary>Removes the drafts and internal pages <see cref="SelectAudience"/> marked, once links to them have been checked.</summary>
public sealed class DropExcluded : PerPageModule
{
    protected override Page? Transform(Page page, BuildContext context) =>
        page.Has(SelectAudience.ExcludedReason) ? null : page;
}
