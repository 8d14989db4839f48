using System.Text.Json.Serialization;

namespace Playbook.Model;

/// <summary>
/// One box of a checklist page. <see cref="Id"/> comes from the item's text, not its position,
/// so a reader's ticks survive when an editor reorders or regroups the list.
/// </summary>
public sealed record ChecklistItem(string Id, string Text, string Section)
{
    /// <summary>The item as inline HTML (bold lead, links, quotes), for the print handout; playbook.json keeps the plain text.</summary>
    [JsonIgnore]
    public string Html { get; init; } = "";
}
