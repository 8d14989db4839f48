using System.Globalization;

namespace Playbook.Templates;

/// <summary>
/// Liquid filters of the theme, registered as one group for every render. Inputs are the text
/// itself, not HTML; the engine escapes what a filter returns when it is written out.
/// </summary>
public static class PlaybookFilters
{
    /// <summary><c>{{ page.date | long_date }}</c> → 23 November 2026.</summary>
    public static string LongDate(object? input) =>
        DateOnly.TryParseExact(input?.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
            : input?.ToString() ?? "";

    /// <summary><c>{{ items | count_label: "page" }}</c> → "1 page" or "3 pages".</summary>
    public static string CountLabel(object? input, string noun)
    {
        var n = input is System.Collections.ICollection c ? c.Count : Convert.ToInt32(input, CultureInfo.InvariantCulture);
        return $"{n} {noun}{(n == 1 ? "" : "s")}";
    }
}
