namespace Playbook.Model;

/// <summary>
/// One box of a checklist page. <see cref="Id"/> comes from the item's text, not its position,
/// so a reader's ticks survive when an editor reorders or regroups the list.
/// </summary>
public sealed record ChecklistItem(string Id, string Text, string Section);
