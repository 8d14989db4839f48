using System.Globalization;
using System.Text;

namespace Playbook.Templates.Liquid;

/// <summary>A parsed layout or include: its nodes, ready to render any number of times, from any thread.</summary>
/// <param name="Name">Its path in the theme, as errors name it: <c>layouts/page.liquid</c>.</param>
internal sealed record LiquidTemplate(string Name, IReadOnlyList<Node> Nodes)
{
    /// <summary>
    /// Renders with <paramref name="model"/>'s variables; <paramref name="include"/> finds included
    /// templates by name. A failure is a <see cref="LiquidException"/> naming the template (this
    /// one or an include) and the line and column of the tag that failed.
    /// </summary>
    public string Render(IReadOnlyDictionary<string, object?> model, Func<string, LiquidTemplate> include) =>
        Render(model, include, static output => output.ToString());

    /// <summary>Renders as <see cref="Render(IReadOnlyDictionary{string, object?}, Func{string, LiquidTemplate})"/> does, and hands the output to <paramref name="result"/> to turn into the value returned.</summary>
    public T Render<T>(IReadOnlyDictionary<string, object?> model, Func<string, LiquidTemplate> include, Func<StringBuilder, T> result)
    {
        var context = new RenderContext(model, include, this);
        var output = t_output ?? new StringBuilder(16 * 1024);
        t_output = null;
        try
        {
            Node.RenderAll(Nodes, context, output);
            return result(output);
        }
        catch (Exception e) when (e is LiquidException or InvalidCastException or FormatException or OverflowException or ArgumentException or InvalidOperationException)
        {
            throw new LiquidException(e.Message, context.Current?.Line ?? 0, context.Current?.Column ?? 0) { Template = context.Template.Name };
        }
        finally
        {
            if (output.Capacity <= MaxKeptChars) t_output = output.Clear();
        }
    }

    /// <summary>
    /// Each thread keeps its last output buffer for its next render: a page's layouts then cost
    /// the one string they return, not a new set of growing chunks each time (4,000 pages
    /// allocated 747 MB in ApplyLayouts with a new buffer per render). A render inside a render
    /// finds no buffer and takes a new one.
    /// </summary>
    [ThreadStatic] private static StringBuilder? t_output;

    private const int MaxKeptChars = 1 << 20;
}

/// <summary>
/// Reads Liquid source into a tree of nodes, once per file. The tags are Shopify's: if, elsif,
/// else, unless, case, when, for (limit, offset, reversed, else), break, continue, assign,
/// capture, include, comment and raw, with <c>{%-</c> / <c>-%}</c> trimming. Anything else is an
/// error at its line and column.
/// </summary>
internal sealed class LiquidParser
{
    private readonly string _source;
    private readonly string _name;
    private readonly int[] _lineStarts;
    private readonly List<Token> _tokens;
    private int _next;

    private LiquidParser(string source, string name)
    {
        _source = source;
        _name = name;
        var starts = new List<int> { 0 };
        for (var i = 0; i < source.Length; i++)
            if (source[i] == '\n') starts.Add(i + 1);
        _lineStarts = [.. starts];
        _tokens = Tokenize();
    }

    /// <summary>The template, or a <see cref="LiquidException"/> with the line and column of the problem.</summary>
    public static LiquidTemplate Parse(string source, string name)
    {
        var parser = new LiquidParser(source, name);
        var nodes = parser.Block([], out var end);
        if (end is not null) throw parser.Error(end, $"'{end.Name}' has no block to end or continue");
        return new LiquidTemplate(name, nodes);
    }

    private enum TokenKind { Text, Output, Tag }

    private sealed record Token(TokenKind Kind, string Name, string Markup, int Offset);

    private List<Token> Tokenize()
    {
        var tokens = new List<Token>();
        var i = 0;
        var trimNext = false;
        while (i < _source.Length)
        {
            var open = NextOpening(i);
            var text = _source[i..(open < 0 ? _source.Length : open)];
            if (trimNext) text = text.TrimStart();
            trimNext = false;
            if (open < 0)
            {
                if (text.Length > 0) tokens.Add(new Token(TokenKind.Text, "", text, i));
                break;
            }
            var isTag = _source[open + 1] == '%';
            var trimBefore = open + 2 < _source.Length && _source[open + 2] == '-';
            if (trimBefore) text = text.TrimEnd();
            if (text.Length > 0) tokens.Add(new Token(TokenKind.Text, "", text, i));

            var innerStart = open + (trimBefore ? 3 : 2);
            var close = Closing(innerStart, isTag ? '%' : '}');
            if (close < 0) throw Error(open, isTag ? "a tag opened with '{%' is never closed with '%}'" : "an output opened with '{{' is never closed with '}}'");
            var innerEnd = close;
            if (innerEnd > innerStart && _source[innerEnd - 1] == '-') { innerEnd--; trimNext = true; }
            var inner = _source[innerStart..innerEnd].Trim();
            if (isTag)
            {
                var nameEnd = 0;
                while (nameEnd < inner.Length && (char.IsLetterOrDigit(inner[nameEnd]) || inner[nameEnd] == '_')) nameEnd++;
                var tag = new Token(TokenKind.Tag, inner[..nameEnd], inner[nameEnd..].Trim(), open);
                if (tag.Name is "raw" or "comment")
                {
                    i = SkipVerbatim(close + 2, tag, tokens);
                    continue;
                }
                tokens.Add(tag);
            }
            else tokens.Add(new Token(TokenKind.Output, "", inner, open));
            i = close + 2;
        }
        return tokens;
    }

    private int NextOpening(int from)
    {
        for (var i = _source.IndexOf('{', from); i >= 0 && i + 1 < _source.Length; i = _source.IndexOf('{', i + 1))
            if (_source[i + 1] is '{' or '%') return i;
        return -1;
    }

    /// <summary>The '%}' or '}}' that closes a tag or output, skipping quoted strings.</summary>
    private int Closing(int from, char first)
    {
        char? quote = null;
        for (var i = from; i + 1 < _source.Length; i++)
        {
            var c = _source[i];
            if (quote is not null) { if (c == quote) quote = null; }
            else if (c is '\'' or '"') quote = c;
            else if (c == first && _source[i + 1] == '}') return i;
        }
        return -1;
    }

    /// <summary>The body of raw (kept as text) and comment (dropped) is not Liquid: it runs to the matching end tag.</summary>
    private int SkipVerbatim(int from, Token tag, List<Token> tokens)
    {
        var end = "end" + tag.Name;
        var depth = 1;
        for (var i = NextOpening(from); i >= 0; i = NextOpening(i + 2))
        {
            if (_source[i + 1] != '%') continue;
            var close = Closing(i + 2, '%');
            if (close < 0) break;
            var name = _source[(i + 2)..close].Trim('-', ' ', '\t', '\r', '\n');
            var word = name.Split(' ', 2)[0];
            if (tag.Name == "comment" && word == "comment") depth++;
            else if (word == end && --depth == 0)
            {
                if (tag.Name == "raw" && i > from) tokens.Add(new Token(TokenKind.Text, "", _source[from..i], from));
                return close + 2;
            }
        }
        throw Error(tag, $"{tag.Name} tag was never closed");
    }

    /// <summary>Nodes up to one of <paramref name="ends"/> (returned in <paramref name="end"/>) or the end of the source.</summary>
    private List<Node> Block(string[] ends, out Token? end)
    {
        var nodes = new List<Node>();
        while (_next < _tokens.Count)
        {
            var token = _tokens[_next++];
            switch (token.Kind)
            {
                case TokenKind.Text:
                    nodes.Add(new TextNode(token.Markup));
                    break;
                case TokenKind.Output:
                    var (line, column) = Position(token.Offset);
                    nodes.Add(new OutputNode(Expressions(token).Filtered(), line, column));
                    break;
                default:
                    if (ends.Contains(token.Name) || token.Name is "else" or "elsif" or "when" || token.Name.StartsWith("end", StringComparison.Ordinal))
                    {
                        if (!ends.Contains(token.Name))
                            throw Error(token, ends.Length == 0
                                ? $"'{token.Name}' has no block to end or continue"
                                : $"'{token.Name}' where '{ends[0]}' was expected");
                        end = token;
                        return nodes;
                    }
                    nodes.Add(Tag(token));
                    break;
            }
        }
        end = null;
        return nodes;
    }

    /// <summary>
    /// Blocks inside blocks, at most. Parsing and rendering recurse once per level (and includes
    /// nest up to <see cref="RenderContext.MaxIncludeDepth"/> deep), so a theme with thousands of
    /// nested tags would overflow the stack and end the process; real layouts nest a few levels.
    /// </summary>
    public const int MaxNesting = 32;

    private int _nesting;

    private List<Node> Body(Token opener, string[] ends, out Token end)
    {
        if (++_nesting > MaxNesting)
            throw Error(opener, $"blocks are nested more than {MaxNesting} levels deep; move the inner part into an include");
        var body = Block(ends, out var found);
        _nesting--;
        end = found ?? throw Error(opener, $"{opener.Name} tag was never closed");
        return body;
    }

    private Node Tag(Token token)
    {
        var (line, column) = Position(token.Offset);
        var x = Expressions(token);
        switch (token.Name)
        {
            case "if":
            case "unless":
            {
                var branches = new List<IfBranch>();
                var condition = x.Condition();
                x.End();
                var endName = "end" + token.Name;
                while (true)
                {
                    var body = Body(token, ["elsif", "else", endName], out var end);
                    branches.Add(new IfBranch(condition, body));
                    if (end.Name == endName) break;
                    if (end.Name == "else")
                    {
                        branches.Add(new IfBranch(null, Body(token, [endName], out _)));
                        break;
                    }
                    var elsif = Expressions(end);
                    condition = elsif.Condition();
                    elsif.End();
                }
                return new IfNode(branches, token.Name == "unless", line, column);
            }
            case "case":
            {
                var subject = x.Primary();
                x.End();
                Block(["when", "else", "endcase"], out var end);
                var whens = new List<(IReadOnlyList<Expression>, IReadOnlyList<Node>)>();
                List<Node>? otherwise = null;
                while (end is not null && end.Name != "endcase")
                {
                    if (end.Name == "else")
                    {
                        otherwise = Body(token, ["endcase"], out _);
                        break;
                    }
                    var values = Expressions(end).WhenValues();
                    whens.Add((values, Body(token, ["when", "else", "endcase"], out var next)));
                    end = next;
                }
                if (end is null) throw Error(token, "case tag was never closed");
                return new CaseNode(subject, whens, otherwise, line, column);
            }
            case "for":
            {
                var variable = x.Identifier("a loop variable");
                x.Keyword("in");
                var collection = x.Primary();
                Expression? limit = null, offset = null;
                var reversed = false;
                while (!x.AtEnd)
                {
                    var option = x.Identifier("limit, offset or reversed");
                    if (option == "reversed") { reversed = true; continue; }
                    if (option is not ("limit" or "offset")) throw Error(token, $"'{option}' is not an option of for; use limit, offset or reversed");
                    x.Punctuation(":");
                    if (option == "limit") limit = x.Primary(); else offset = x.Primary();
                }
                var body = Body(token, ["else", "endfor"], out var end);
                var otherwise = end.Name == "else" ? Body(token, ["endfor"], out _) : null;
                return new ForNode(variable, collection, limit, offset, reversed, body, otherwise, line, column);
            }
            case "break":
            case "continue":
                x.End();
                return new LoopControlNode(token.Name == "break" ? Flow.Break : Flow.Continue, line, column);
            case "assign":
            {
                var variable = x.Identifier("a variable name");
                x.Punctuation("=");
                return new AssignNode(variable, x.Filtered(), line, column);
            }
            case "capture":
            {
                var variable = x.Identifier("a variable name");
                x.End();
                return new CaptureNode(variable, Body(token, ["endcapture"], out _), line, column);
            }
            case "include":
            {
                var name = x.IncludeName();
                var arguments = new List<(string, Expression)>();
                while (!x.AtEnd)
                {
                    x.Optional(",");
                    var key = x.Identifier("an argument name");
                    x.Punctuation(":");
                    arguments.Add((key, x.Primary()));
                }
                return new IncludeNode(name, arguments, line, column);
            }
            default:
                throw Error(token, token.Name.Length == 0 ? "a tag needs a name, as in {% if ... %}" : $"Unknown tag '{token.Name}'");
        }
    }

    private ExpressionParser Expressions(Token token) => new(token.Markup, message => Error(token, message));

    private (int Line, int Column) Position(int offset)
    {
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0) line = ~line - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    private LiquidException Error(Token token, string message) => Error(token.Offset, message);

    private LiquidException Error(int offset, string message)
    {
        var (line, column) = Position(offset);
        return new LiquidException(message, line, column);
    }
}

/// <summary>The words inside one tag or output: values, paths, filters, conditions.</summary>
internal sealed class ExpressionParser
{
    private readonly List<string> _words;
    private readonly Func<string, LiquidException> _error;
    private int _at;

    public ExpressionParser(string markup, Func<string, LiquidException> error)
    {
        _error = error;
        _words = Lex(markup, error);
    }

    public bool AtEnd => _at >= _words.Count;

    private string? Peek => _at < _words.Count ? _words[_at] : null;

    public void End()
    {
        if (!AtEnd) throw _error($"unexpected '{Peek}'");
    }

    public void Punctuation(string p)
    {
        if (Peek != p) throw _error(AtEnd ? $"'{p}' expected at the end" : $"'{p}' expected before '{Peek}'");
        _at++;
    }

    public void Optional(string p)
    {
        if (Peek == p) _at++;
    }

    public void Keyword(string word) => Punctuation(word);

    public string Identifier(string what)
    {
        var word = Peek;
        if (word is null || !IsIdentifier(word)) throw _error($"{what} expected{(word is null ? "" : $" before '{word}'")}");
        _at++;
        return word;
    }

    /// <summary><c>'name'</c>, <c>"name"</c> or a bare <c>name</c>.</summary>
    public string IncludeName()
    {
        var word = Peek ?? throw _error("include needs the name of a file in theme/includes");
        _at++;
        if (IsQuoted(word)) return word[1..^1];
        var name = new StringBuilder(word);
        while (Peek is "." or "-" || (Peek is { } p && IsIdentifier(p) && name[^1] is '.' or '-')) name.Append(_words[_at++]);
        return name.ToString();
    }

    public Expression Filtered()
    {
        var value = Primary();
        var calls = new List<FilterCall>();
        while (Peek == "|")
        {
            _at++;
            var name = Identifier("a filter name");
            if (!Filters.All.TryGetValue(name, out var filter)) throw _error(Filters.Describe(name));
            var arguments = new List<Expression>();
            if (Peek == ":")
            {
                _at++;
                arguments.Add(Primary());
                while (Peek == ",") { _at++; arguments.Add(Primary()); }
            }
            if (arguments.Count < filter.MinArguments || arguments.Count > filter.MaxArguments)
                throw _error(filter.MinArguments == filter.MaxArguments
                    ? $"filter '{name}' takes {filter.MinArguments} argument{(filter.MinArguments == 1 ? "" : "s")}, not {arguments.Count}"
                    : $"filter '{name}' takes {filter.MinArguments} to {filter.MaxArguments} arguments, not {arguments.Count}");
            calls.Add(new FilterCall(name, filter.Apply, arguments));
        }
        End();
        return calls.Count == 0 ? value : new Filtered(value, calls);
    }

    public Condition Condition()
    {
        var left = Comparison();
        if (Peek is "and" or "or")
        {
            var isAnd = _words[_at++] == "and";
            return new Logical(left, isAnd, Condition());
        }
        return left;
    }

    private Condition Comparison()
    {
        var left = Primary();
        if (Peek is "==" or "!=" or "<>" or "<" or ">" or "<=" or ">=" or "contains")
        {
            var op = _words[_at++];
            return new Comparison(left, op, Primary());
        }
        return new Truthy(left);
    }

    /// <summary>The values of a <c>when</c>, separated by commas or <c>or</c>.</summary>
    public IReadOnlyList<Expression> WhenValues()
    {
        var values = new List<Expression> { Primary() };
        while (Peek is "," or "or") { _at++; values.Add(Primary()); }
        End();
        return values;
    }

    public Expression Primary()
    {
        var word = Peek ?? throw _error("a value expected at the end");
        _at++;
        if (IsQuoted(word)) return new Literal(word[1..^1]);
        if (word[0] is '-' or (>= '0' and <= '9'))
        {
            if (int.TryParse(word, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)) return new Literal(i);
            if (double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return new Literal(d);
            throw _error($"'{word}' is not a number");
        }
        if (word == "(")
        {
            var from = Primary();
            Punctuation("..");
            var to = Primary();
            Punctuation(")");
            return new RangeExpression(from, to);
        }
        switch (word)
        {
            case "true": return new Literal(true);
            case "false": return new Literal(false);
            case "nil" or "null": return new Literal(null);
            case "empty": return new Literal(new Emptiness(Blank: false));
            case "blank": return new Literal(new Emptiness(Blank: true));
        }
        if (!IsIdentifier(word)) throw _error($"a value expected, not '{word}'");
        var members = new List<Expression>();
        while (Peek is "." or "[")
        {
            if (_words[_at++] == ".") members.Add(new Literal(Identifier("a name after '.'")));
            else
            {
                members.Add(Primary());
                Punctuation("]");
            }
        }
        return new VariablePath(word, members);
    }

    private static bool IsQuoted(string word) => word.Length >= 2 && word[0] is '\'' or '"' && word[^1] == word[0];

    private static bool IsIdentifier(string word) => word.Length > 0 && (char.IsLetter(word[0]) || word[0] == '_');

    private static List<string> Lex(string markup, Func<string, LiquidException> error)
    {
        var words = new List<string>();
        var i = 0;
        while (i < markup.Length)
        {
            var c = markup[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var start = i;
            if (c is '\'' or '"')
            {
                var close = markup.IndexOf(c, i + 1);
                if (close < 0) throw error($"the string {markup[i..]} is not closed");
                i = close + 1;
            }
            else if (char.IsLetter(c) || c == '_')
            {
                while (i < markup.Length && (char.IsLetterOrDigit(markup[i]) || markup[i] is '_' or '-')) i++;
                if (i < markup.Length && markup[i] == '?') i++;
            }
            else if (char.IsDigit(c) || (c == '-' && i + 1 < markup.Length && char.IsDigit(markup[i + 1])))
            {
                i++;
                while (i < markup.Length && (char.IsDigit(markup[i]) || (markup[i] == '.' && i + 1 < markup.Length && char.IsDigit(markup[i + 1])))) i++;
            }
            else if (markup.AsSpan(i).StartsWith("..")) i += 2;
            else if (i + 1 < markup.Length && markup.Substring(i, 2) is "==" or "!=" or "<>" or "<=" or ">=") i += 2;
            else if ("<>|:,.[]()=-".Contains(c)) i++;
            else throw error($"'{c}' is not part of Liquid here");
            words.Add(markup[start..i]);
        }
        return words;
    }
}
