using Ganss.Xss;

namespace Playbook.Markdown.InlineHtml;

/// <summary>
/// What HTML a page may carry: an allow-list of elements, attributes and URL schemes, applied by
/// HtmlSanitizer (a well-kept sanitizer on the AngleSharp parser the build already uses). Anything
/// else — <c>script</c>, <c>style</c>, forms, event handlers, <c>javascript:</c> URLs, inline
/// styles (the site's CSP would block them anyway) — is dropped.
/// </summary>
public static class InlineHtmlRules
{
    /// <summary>Elements an author may write, and those Playbook's own Markdown renders (task-list boxes, callout icons, guide steps).</summary>
    public static readonly string[] Tags =
    [
        "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "img", "picture", "source",
        "p", "div", "blockquote", "pre", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "details", "summary", "figure", "figcaption", "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
        "section", "input", "label", "svg", "path",
    ];

    public static readonly string[] Attributes =
    [
        "id", "class", "title", "lang", "dir", "role", "aria-label", "aria-hidden", "aria-describedby",
        "href", "src", "srcset", "alt", "width", "height", "loading", "cite", "datetime", "value",
        "open", "start", "reversed", "colspan", "rowspan", "scope", "headers", "abbr", "span",
        // Task-list boxes and their labels, and the callouts' icons.
        "type", "checked", "disabled", "for", "viewbox", "version", "d",
    ];

    public static readonly string[] Schemes = ["http", "https", "mailto"];

    /// <summary>Raster images may be inline data; a data: URL anywhere else could carry a page or a script.</summary>
    private static readonly string[] ImageData = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp", "data:image/avif"];

    private static readonly HtmlSanitizerOptions Options = new()
    {
        AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
        AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
        AllowedSchemes = new HashSet<string>(Schemes, StringComparer.OrdinalIgnoreCase),
        UriAttributes = new HashSet<string>(["href", "src", "cite"], StringComparer.OrdinalIgnoreCase),
        UriListAttributes = new HashSet<string>(["srcset"], StringComparer.OrdinalIgnoreCase),
        AllowDataAttributes = true,
    };

    /// <summary>
    /// A sanitizer for one page: its events report what it drops, so each page gets its own
    /// (pages with HTML are few; the options are shared).
    /// </summary>
    public static HtmlSanitizer NewSanitizer()
    {
        var sanitizer = new HtmlSanitizer(Options) { KeepChildNodes = false };
        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.SanitizedUrl is null && e.Tag.LocalName is "img" or "source"
                && ImageData.Any(prefix => e.OriginalUrl.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
                e.SanitizedUrl = e.OriginalUrl;
        };
        return sanitizer;
    }
}
