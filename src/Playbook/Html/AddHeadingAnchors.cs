using AngleSharp.Html.Dom;
using Playbook.Pipeline;

namespace Playbook.Html;

/// <summary>Gives each section heading of the main text a visible link to itself, so readers can share a section.</summary>
public sealed class AddHeadingAnchors : IHtmlRewriter
{
    public void Rewrite(IHtmlDocument document, Page page)
    {
        foreach (var heading in document.QuerySelectorAll(".prose h2[id], .prose h3[id], .prose h4[id]"))
        {
            var anchor = document.CreateElement("a");
            anchor.ClassName = "heading-anchor";
            anchor.SetAttribute("href", "#" + heading.Id);
            anchor.SetAttribute("aria-label", "Link to this section: " + heading.TextContent.Trim());
            anchor.TextContent = "#";
            heading.AppendChild(anchor);
        }
    }
}
