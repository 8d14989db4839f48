using System.Net;
using System.Text;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Playbook.Markdown;

public static class MarkdownText
{
    /// <summary>The words of an inline run without its markup: for headings' labels, checklist items and guide answers.</summary>
    public static string Plain(ContainerInline? inline)
    {
        if (inline is null) return "";
        var sb = new StringBuilder();
        foreach (var child in inline.Descendants<Inline>())
            switch (child)
            {
                case LiteralInline literal: sb.Append(literal.Content.ToString()); break;
                case CodeInline code: sb.Append(code.Content); break;
                case HtmlEntityInline entity: sb.Append(entity.Transcoded.ToString()); break;
                case SmartyPant smarty: sb.Append(Typographic(smarty)); break;
            }
        return sb.ToString();
    }

    private static readonly SmartyPantOptions SmartyDefaults = new();

    /// <summary>The character SmartyPants put for a straight quote or dashes (“, ’, –, …), which plain text keeps.</summary>
    public static string Typographic(SmartyPant smarty) =>
        SmartyDefaults.Mapping.TryGetValue(smarty.Type, out var entity) ? WebUtility.HtmlDecode(entity) : "";
}
