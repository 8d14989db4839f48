using System.Text;

namespace Playbook.Assets;

/// <summary>
/// Shrinks a script by dropping comments and the white space no token needs, and nothing else:
/// no renaming, no rewriting, so the output runs exactly as the source did. Strings, template
/// literals and regular expressions are copied as written. A line break stays wherever automatic
/// semicolon insertion could read the code differently without it (after <c>return</c>, between two
/// statements without a semicolon); it goes only after a token that cannot end a statement or
/// before one that cannot start one.
/// </summary>
public static class MinifyJs
{
    private enum Last { Nothing, Word, Punctuation, Value, Regex }

    // Words after which a slash starts a regular expression rather than a division.
    private static readonly HashSet<string> RegexAfter =
        ["return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await"];

    // Words whose parenthesis is followed by a statement, not a value: `if (x) /re/.test(s)`.
    private static readonly HashSet<string> StatementAfterParenthesis = ["if", "while", "for", "with"];

    public static AssetResult Run(string js)
    {
        var output = new StringBuilder(js.Length);
        var last = Last.Nothing;
        var lastWord = "";
        var space = false;
        var newline = false;
        var depth = 0;
        var templates = new Stack<int>();
        var parentheses = new Stack<bool>();
        var i = 0;
        while (i < js.Length)
        {
            var c = js[i];
            var next = i + 1 < js.Length ? js[i + 1] : '\0';
            if (c == '/' && next == '/')
            {
                while (i < js.Length && !IsLineBreak(js[i])) i++;
                continue;
            }
            if (c == '/' && next == '*')
            {
                var end = js.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0) return AssetResult.Failed(js, i, "a comment is not closed with */");
                if (js.AsSpan(i, end - i).IndexOfAny('\n', '\r') >= 0) newline = true;
                else space = true;
                i = end + 2;
                continue;
            }
            if (IsLineBreak(c)) { newline = true; i++; continue; }
            if (char.IsWhiteSpace(c)) { space = true; i++; continue; }

            if (output.Length > 0 && (space || newline)) Separate(output, last, c, newline);
            space = newline = false;

            if (c is '"' or '\'')
            {
                var end = StringEnd(js, i);
                if (end < 0) return AssetResult.Failed(js, i, "a string is not closed on its line");
                output.Append(js, i, end - i);
                (i, last) = (end, Last.Value);
            }
            else if (c == '`' || (c == '}' && templates.Count > 0 && templates.Peek() == depth))
            {
                if (c == '}') templates.Pop();
                var (end, opensExpression) = TemplateChunkEnd(js, i);
                if (end < 0) return AssetResult.Failed(js, i, "a template literal is not closed with `");
                output.Append(js, i, end - i);
                if (opensExpression) templates.Push(depth);
                (i, last) = (end, opensExpression ? Last.Punctuation : Last.Value);
            }
            else if (c == '/' && StartsRegex(output, last, lastWord))
            {
                var end = RegexEnd(js, i);
                if (end < 0) return AssetResult.Failed(js, i, "a regular expression is not closed on its line");
                output.Append(js, i, end - i);
                (i, last) = (end, Last.Regex);
            }
            else if (IsWordChar(c))
            {
                var start = i;
                while (i < js.Length && IsWordChar(js[i])) i++;
                // A regular expression's flags are part of it, not a word of their own.
                if (last != Last.Regex) lastWord = js[start..i];
                output.Append(js, start, i - start);
                last = last == Last.Regex ? Last.Value : Last.Word;
            }
            else
            {
                if (c == '{') depth++;
                else if (c == '}') depth--;
                var opensStatement = c == ')' && parentheses.TryPop(out var control) && control;
                if (c == '(') parentheses.Push(last == Last.Word && StatementAfterParenthesis.Contains(lastWord));
                output.Append(c);
                i++;
                last = c is ')' or ']' or '}' && !opensStatement ? Last.Value : Last.Punctuation;
            }
        }
        return AssetResult.Minified(output.ToString());
    }

    /// <summary>Writes what must stand between the previous token and the next one, if anything.</summary>
    private static void Separate(StringBuilder output, Last last, char next, bool newline)
    {
        var previous = output[^1];
        if (newline && !JoinsAcrossLines(output, last, next, previous))
        {
            output.Append('\n');
            return;
        }
        if (NeedsSpace(last, previous, next)) output.Append(' ');
    }

    private static bool JoinsAcrossLines(StringBuilder output, Last last, char next, char previous)
    {
        if (next is ')' or ']' or '}' or ',' or ';' or '?' or ':') return true;
        if (next == '.' && !char.IsAsciiDigit(previous)) return true;
        if (last != Last.Punctuation) return false;
        // After ++ or -- a line break ends the statement; after a lone + or - it does not, but
        // which one it is cannot be told from one character, so both keep their line break.
        return previous is '{' or '(' or '[' or ',' or ';' or ':' or '=' or '&' or '|' or '?' or '*' or '%' or '<' or '>' or '!' or '~' or '^';
    }

    private static bool NeedsSpace(Last last, char previous, char next)
    {
        if (IsWordChar(next) && (last == Last.Regex || IsWordChar(previous))) return true;
        if (next == '.' && char.IsAsciiDigit(previous)) return true;
        return (previous, next) is ('+', '+') or ('-', '-') or ('/', '/') or ('/', '*');
    }

    /// <summary>
    /// Whether a slash here opens a regular expression. After the <c>)</c> of <c>if (…)</c>,
    /// <c>while (…)</c>, <c>for (…)</c> or <c>with (…)</c> a statement starts (the caller marks that
    /// as punctuation); after any other <c>)</c>, a <c>]</c> or a <c>}</c> it is a division, as JSMin
    /// reads it, so a regular expression that opens a statement right after a block loses runs of
    /// spaces: keep it in a variable.
    /// </summary>
    private static bool StartsRegex(StringBuilder output, Last last, string lastWord) => last switch
    {
        Last.Nothing => true,
        Last.Word => RegexAfter.Contains(lastWord),
        // x++ / 2 divides; anything else punctuation-like (=, (, ,, !, ...) is followed by a value.
        Last.Punctuation => !(output.Length >= 2 && output[^1] == output[^2] && output[^1] is '+' or '-'),
        _ => false,
    };

    private static int StringEnd(string js, int start)
    {
        var quote = js[start];
        for (var i = start + 1; i < js.Length; i++)
        {
            if (js[i] == '\\') i++;
            else if (js[i] == quote) return i + 1;
            else if (IsLineBreak(js[i])) return -1;
        }
        return -1;
    }

    /// <summary>
    /// From a template's opening backtick (or the <c>}</c> that closes one of its expressions) to
    /// its closing backtick, or to the <c>${</c> that opens its next expression.
    /// </summary>
    private static (int End, bool OpensExpression) TemplateChunkEnd(string js, int start)
    {
        for (var i = start + 1; i < js.Length; i++)
        {
            if (js[i] == '\\') i++;
            else if (js[i] == '`') return (i + 1, false);
            else if (js[i] == '$' && i + 1 < js.Length && js[i + 1] == '{') return (i + 2, true);
        }
        return (-1, false);
    }

    private static int RegexEnd(string js, int start)
    {
        var inClass = false;
        for (var i = start + 1; i < js.Length; i++)
        {
            var c = js[i];
            if (c == '\\') i++;
            else if (IsLineBreak(c)) return -1;
            else if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            else if (c == '/' && !inClass) return i + 1;
        }
        return -1;
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '$' or '\\' || c > 127;

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';
}
