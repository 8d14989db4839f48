namespace Playbook.Model;

/// <summary>"Did you mean ...?" for misspelt ids and field names.</summary>
public static class Suggest
{
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var d = Distance(value.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance) (best, bestDistance) = (candidate, d);
        }
        // Beyond a third of the word's length a suggestion is more confusing than helpful.
        return best is not null && bestDistance <= Math.Max(2, value.Length / 3) ? best : null;
    }

    /// <summary>Short lists are given whole; from a long one (every page id of a site) only the nearest few.</summary>
    public const int MaxListed = 12, Nearest = 3;

    public static string DidYouMean(string value, IEnumerable<string> candidates)
    {
        var list = candidates.ToList();
        if (Closest(value, list) is { } s) return $"; did you mean '{s}'?";
        if (list.Count <= MaxListed) return $"; expected one of: {string.Join(", ", list)}";
        var lower = value.ToLowerInvariant();
        var nearest = list.OrderBy(c => Distance(lower, c.ToLowerInvariant())).ThenBy(c => c, StringComparer.Ordinal).Take(Nearest);
        return $"; none of the {list.Count} is close, the nearest are: {string.Join(", ", nearest)}";
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
