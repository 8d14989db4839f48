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

    public static string DidYouMean(string value, IEnumerable<string> candidates)
    {
        var list = candidates.ToList();
        return Closest(value, list) is { } s
            ? $"; did you mean '{s}'?"
            : $"; expected one of: {string.Join(", ", list)}";
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
