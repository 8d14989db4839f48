using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;
using Playbook.Pipeline;

namespace Playbook.Html;

/// <summary>
/// Reads each finished page's HTML once and records what <see cref="CheckLinks"/> needs: the ids of
/// its elements and every href and src. Both live on start tags, so a tokenizer is enough:
/// building each page's DOM cost ten times as much (7 s against 0.7 s for 4,000 pages), and
/// <see cref="StartTagScanner"/> reads the markup the build writes faster still, leaving anything
/// unusual to AngleSharp's tokenizer.
/// </summary>
public sealed class CollectIdsAndLinks : PerPageModule
{
    public static readonly PageKey<HashSet<string>> IdsKey = new("html.ids");
    public static readonly PageKey<List<string>> LinksKey = new("html.links");

    protected override bool Handles(Page page) => !page.IsAsset && page.HasHtml;

    protected override Page? Transform(Page page, BuildContext context)
    {
        // A page made after the layouts (a redirect) is small text; a laid-out page is read as it is written.
        var found = Collect(page.Utf8Html ?? Encoding.UTF8.GetBytes(page.Html));
        return page.With(IdsKey, found.Ids).With(LinksKey, found.Links);
    }

    /// <summary>A finished page's element ids and the hrefs and srcs it links to.</summary>
    public sealed record Found(HashSet<string> Ids, List<string> Links);

    public static Found Collect(ReadOnlySpan<byte> html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<string>();
        return StartTagScanner.TryRead(html, ids, links) ? new Found(ids, links) : Tokenize(Encoding.UTF8.GetString(html));
    }

    /// <summary>What <see cref="Collect"/> finds, read with AngleSharp's tokenizer: for the pages <see cref="StartTagScanner"/> leaves to it.</summary>
    public static Found Tokenize(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<string>();
        // Only start tags and three attributes matter: the tokenizer is told to skip the rest
        // (text, comments, other attributes) instead of building strings for them. A
        // StringTextSource reads the page as it is; TextSource(string) copies it into a buffer first.
        var tokenizer = new HtmlTokenizer(new TextSource(new StringTextSource(html)), HtmlEntityProvider.Resolver)
        {
            SkipDataText = true,
            SkipComments = true,
            ShouldEmitAttribute = (ref StructHtmlToken _, ReadOnlyMemory<char> name) => name.Span is "id" or "href" or "src",
        };
        for (ref var token = ref tokenizer.GetStructToken(); token.Type != HtmlTokenType.EndOfFile; token = ref tokenizer.GetStructToken())
        {
            // Attributes is a copy of the token's list: read it once, and only for start tags.
            if (token.Type != HtmlTokenType.StartTag) continue;
            var attributes = token.Attributes;
            if (attributes.Count == 0) continue;
            var tag = token.Name.ToString();
            for (var i = 0; i < attributes.Count; i++)
            {
                var attribute = attributes[i];
                var name = attribute.Name.ToString();
                if (name == "id") ids.Add(attribute.Value.ToString());
                else if (IsLink(tag, name)) links.Add(attribute.Value.ToString());
            }
        }
        return new Found(ids, links);
    }

    private static bool IsLink(string element, string attribute) => (element, attribute) switch
    {
        ("a" or "link", "href") => true,
        ("img" or "script", "src") => true,
        _ => false,
    };
}
