using Markdig.Syntax.Inlines;

namespace Playbook.Markdown.Checklists;

/// <summary>The box of a checklist item: an enabled checkbox the reader can tick (a task list's box is disabled).</summary>
public sealed class ChecklistBoxInline(string itemId) : LeafInline
{
    public string ItemId { get; } = itemId;
}

/// <summary>The text of a checklist item, wrapped so it becomes the box's label for screen readers and clicks.</summary>
public sealed class ChecklistLabelInline(string itemId) : ContainerInline
{
    public string ItemId { get; } = itemId;
}
