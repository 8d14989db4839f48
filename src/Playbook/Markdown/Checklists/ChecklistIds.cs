using System.Security.Cryptography;
using System.Text;
using Playbook.Model;

namespace Playbook.Markdown.Checklists;

/// <summary>
/// Ids of checklist items, made from the item's lead (its bold opening, or its whole text):
/// readable words for people reading local storage or JSON, and a short hash so two leads that
/// share their first words still differ.
/// </summary>
public static class ChecklistIds
{
    private const int SlugWords = 6;

    public static string FromLead(string lead)
    {
        var normalized = string.Join(' ', lead.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        var slug = string.Join('-', PageIds.Slugify(normalized).Split('-').Take(SlugWords));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)))[..6];
        return slug.Length == 0 ? hash : $"{slug}-{hash}";
    }

    /// <summary>The HTML id of an item's box, kept apart from heading ids by its prefix.</summary>
    public static string ElementId(string itemId) => "check-" + itemId;
}
