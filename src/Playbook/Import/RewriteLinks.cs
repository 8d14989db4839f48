using System.Text.RegularExpressions;
using Playbook.Diagnostics;

namespace Playbook.Import;

/// <summary>
/// Links in the source's own forms become links Playbook checks: <c>{% link _docs/x.md %}</c>,
/// <c>{% post_url 2024-01-02-x %}</c>, <c>{{ site.baseurl }}/x/y/</c> (and <c>relative_url</c>),
/// Hugo's <c>{{&lt; ref "x.md" &gt;}}</c> and <c>relref</c>, and plain paths to another page's old
/// URL all become <c>xref:id</c>. A link to no page, and any other Liquid tag or Hugo shortcode,
/// is reported at its line and column and left as it was written.
/// </summary>
public static partial class RewriteLinks
{
    public const string LinkRule = "PB0502";
    public const string TemplateRule = "PB0503";

    [GeneratedRegex(@"\{%-?\s*(?<tag>link|post_url)\s+(?<target>[^\s%]+)\s*-?%\}")]
    private static partial Regex LiquidLink();

    [GeneratedRegex(@"\{\{-?\s*(?:site\.baseurl|site\.url)\s*-?\}\}(?<target>/[^\s)""'#]*)(?<anchor>#[^\s)""']*)?|\{\{-?\s*['""](?<target>/[^'""]*)['""]\s*\|\s*(?:relative_url|absolute_url)\s*-?\}\}")]
    private static partial Regex BaseUrl();

    [GeneratedRegex(@"\{\{[<%]\s*(?:ref|relref)\s+""?(?<target>[^""\s>]+)""?\s*[>%]\}\}")]
    private static partial Regex HugoRef();

    [GeneratedRegex(@"\]\((?<target>/[^\s)#]*)(?<anchor>#[^\s)]*)?\)")]
    private static partial Regex PathLink();

    [GeneratedRegex(@"\{%-?\s*(?<name>\w+)[^%]*%\}|\{\{[<%]\s*/?(?<name>[\w-]+)[^}]*[>%]\}\}|\{\{[^}]*\}\}")]
    private static partial Regex Template();

    public static string Rewrite(SourcePage page, Func<string, string?> findId, List<Diagnostic> report)
    {
        string Link(Match m, string target, string anchor)
        {
            if (findId(target) is { } id) return "xref:" + id + anchor;
            Report(m, LinkRule, $"the link '{m.Value}' leads to no imported page and was left as it was; point it at a page or remove it");
            return m.Value;
        }
        void Report(Match m, string rule, string message)
        {
            var before = page.Body[..m.Index];
            var line = page.BodyLine + before.Count(c => c == '\n');
            var column = m.Index - (before.LastIndexOf('\n') + 1) + 1;
            report.Add(Diagnostic.Warning(page.File, line, column, rule, message));
        }

        var body = page.Body;
        // Positions are reported against the source text, so each step matches on the original body
        // and replacements are applied from the end, where they move nothing that is still to come.
        var edits = new List<(int Index, int Length, string Text)>();
        foreach (Match m in LiquidLink().Matches(body))
            edits.Add((m.Index, m.Length, Link(m, m.Groups["target"].Value, "")));
        foreach (Match m in BaseUrl().Matches(body))
            edits.Add((m.Index, m.Length, Link(m, m.Groups["target"].Value, m.Groups["anchor"].Value)));
        foreach (Match m in HugoRef().Matches(body))
            edits.Add((m.Index, m.Length, Link(m, m.Groups["target"].Value, "")));
        foreach (Match m in PathLink().Matches(body).Where(m => findId(m.Groups["target"].Value) is not null))
            edits.Add((m.Index + 2, m.Groups["target"].Length, "xref:" + findId(m.Groups["target"].Value)));
        foreach (Match m in Template().Matches(body).Where(m => !edits.Any(e => e.Index <= m.Index && m.Index < e.Index + e.Length)))
            Report(m, TemplateRule, $"the template code '{Shorten(m.Value)}' has no Playbook counterpart and was left as text; rewrite it in Markdown");
        foreach (var (index, length, text) in edits.OrderByDescending(e => e.Index))
            body = body[..index] + text + body[(index + length)..];
        return body;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
