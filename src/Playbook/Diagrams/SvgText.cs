using System.Globalization;
using System.Net;
using System.Text;

namespace Playbook.Diagrams;

/// <summary>
/// Text in SVG does not wrap, so lines are broken here by an estimated character count: the
/// reader's font is not known at build time, and an average width per character keeps lines
/// inside their box for the system sans-serif fonts the theme uses.
/// </summary>
public static class SvgText
{
    /// <summary>Average advance of a character, as a share of the font size (system sans-serif, mixed case).</summary>
    public const double CharWidth = 0.54;

    /// <summary>How many characters fit in <paramref name="width"/> pixels at <paramref name="fontSize"/>.</summary>
    public static int CharsIn(double width, double fontSize) => Math.Max(1, (int)(width / (fontSize * CharWidth)));

    /// <summary>The width in pixels that <paramref name="chars"/> characters take.</summary>
    public static double WidthOf(int chars, double fontSize) => Math.Ceiling(chars * fontSize * CharWidth);

    /// <summary>
    /// Breaks <paramref name="text"/> between words into lines of at most <paramref name="chars"/>
    /// characters (a longer word is cut); past <paramref name="maxLines"/> the last line ends in "…".
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, int chars, int maxLines)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            while (rest.Length > 0)
            {
                var room = line.Length == 0 ? chars : chars - line.Length - 1;
                if (rest.Length <= room)
                {
                    if (line.Length > 0) line.Append(' ');
                    line.Append(rest);
                    rest = "";
                }
                else if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }
                else
                {
                    lines.Add(rest[..chars]);
                    rest = rest[chars..];
                }
            }
        }
        if (line.Length > 0) lines.Add(line.ToString());
        if (lines.Count <= maxLines) return lines;
        var last = lines[maxLines - 1];
        return [.. lines.Take(maxLines - 1), (last.Length < chars ? last : last[..(chars - 1)]).TrimEnd(' ', ',', ';', ':') + "…"];
    }

    /// <summary>Text and attribute values made safe for SVG inside HTML.</summary>
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A coordinate in whole pixels (half a pixel is not seen, and the bytes add up) written the same on every machine.</summary>
    public static string Number(double value) => Math.Round(value, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);
}
