using System.Text;

namespace Playbook.Assets;

/// <summary>
/// Shrinks a stylesheet without changing what it means: comments go, runs of white space become
/// one space, and the spaces a parser never needs (around <c>{ } ; ,</c> and <c>&gt;</c>, after
/// <c>:</c>, before <c>!</c>) go too. Strings are copied as written. Spaces that carry meaning stay:
/// the descendant combinator (<c>a :is(b)</c>), <c>+</c> and <c>-</c> in <c>calc()</c>, and
/// between words and numbers.
/// </summary>
public static class MinifyCss
{
    public static AssetResult Run(string css)
    {
        var output = new StringBuilder(css.Length);
        var pendingSpace = false;
        var i = 0;
        while (i < css.Length)
        {
            var c = css[i];
            if (c == '/' && At(css, i + 1) == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0) return AssetResult.Failed(css, i, "a comment is not closed with */");
                pendingSpace = true;
                i = end + 2;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                i++;
                continue;
            }
            if (pendingSpace && output.Length > 0 && !DropsSpaceAfter(output[^1]) && !DropsSpaceBefore(c)) output.Append(' ');
            pendingSpace = false;
            if (c is '"' or '\'')
            {
                var end = StringEnd(css, i);
                if (end < 0) return AssetResult.Failed(css, i, "a string is not closed");
                output.Append(css, i, end - i);
                i = end;
                continue;
            }
            if (c == '}' && output.Length > 0 && output[^1] == ';') output.Length--;
            output.Append(c);
            i++;
        }
        return AssetResult.Minified(output.ToString());
    }

    private static bool DropsSpaceAfter(char c) => c is '{' or '}' or ';' or ',' or '>' or ':' or '(';

    private static bool DropsSpaceBefore(char c) => c is '{' or '}' or ';' or ',' or '>' or '!' or ')';

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';

    /// <summary>The index just past the string that opens at <paramref name="start"/>, or -1.</summary>
    private static int StringEnd(string css, int start)
    {
        var quote = css[start];
        for (var i = start + 1; i < css.Length; i++)
        {
            if (css[i] == '\\') i++;
            else if (css[i] == quote) return i + 1;
            else if (css[i] == '\n') return -1;
        }
        return -1;
    }
}
