using System.Text;
using Playbook.Html;

namespace Playbook.Tests.Html;

public class CollectIdsAndLinksTests
{
    /// <summary>Pages are read as the UTF-8 that is written.</summary>
    private static CollectIdsAndLinks.Found Collect(string html) => CollectIdsAndLinks.Collect(Encoding.UTF8.GetBytes(html));

    [Fact]
    public void Ids_of_every_element_are_collected_head_and_body()
    {
        var found = Collect("<!DOCTYPE html><html><head><meta id=m></head><body><main id=\"main\"><h2 id='why'>Why</h2><div hidden id=page-end></div></main></body></html>");
        Assert.Equal(["m", "main", "page-end", "why"], found.Ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Hrefs_of_links_and_srcs_of_images_and_scripts_are_collected_in_page_order()
    {
        var found = Collect("""
            <head><link rel="stylesheet" href="/assets/site.css"><script src="/assets/site.js"></script></head>
            <body><a href="/stages/">Stages</a> <img src="pic.png" alt=""> <a href="#why">Why</a></body>
            """);
        Assert.Equal(["/assets/site.css", "/assets/site.js", "/stages/", "pic.png", "#why"], found.Links);
    }

    [Fact]
    public void Attribute_values_are_read_as_the_browser_reads_them_with_entities_decoded()
    {
        var found = Collect("<a href=\"/search/?q=a&amp;kind=checklist\">x</a><h2 id=\"q&amp;a\">Q</h2>");
        Assert.Equal(["/search/?q=a&kind=checklist"], found.Links);
        Assert.Contains("q&a", found.Ids);
    }

    [Fact]
    public void Markup_in_comments_text_and_other_attributes_is_not_a_link()
    {
        var found = Collect("""
            <!-- <a href="/in-a-comment/">old</a> -->
            <p>Type &lt;a href="/in-text/"&gt; to link.</p>
            <form action="/search/"><input name="q" data-href="/not-a-link/"></form>
            <code>&lt;img src="/in-code.png"&gt;</code>
            """);
        Assert.Empty(found.Links);
    }
}
