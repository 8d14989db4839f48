using System.Text.RegularExpressions;

namespace Playbook.Import;

/// <summary>
/// With <c>--checklists</c>: a numbered list right under a heading that says "Checklist" becomes a
/// task list (<c>1. Do this</c> → <c>- [ ] Do this</c>), so its items can be ticked.
/// </summary>
public static partial class MapChecklists
{
    [GeneratedRegex(@"^#{1,6}\s.*checklist", RegexOptions.IgnoreCase)]
    private static partial Regex ChecklistHeading();

    [GeneratedRegex(@"^\d+[.)]\s+")]
    private static partial Regex NumberedItem();

    public static string Map(string body)
    {
        var lines = body.Split('\n');
        var inList = false;
        var underHeading = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith('#')) { underHeading = ChecklistHeading().IsMatch(line); inList = false; continue; }
            if (!underHeading) continue;
            if (NumberedItem().Match(line) is { Success: true } item)
            {
                lines[i] = "- [ ] " + line[item.Length..];
                inList = true;
            }
            else if (inList && line.Length > 0 && !char.IsWhiteSpace(line[0])) underHeading = inList = false;
        }
        return string.Join('\n', lines);
    }
}
