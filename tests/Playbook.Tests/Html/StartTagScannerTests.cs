using System.Text;
using Playbook.Html;
using Playbook.Tests.Support;

namespace Playbook.Tests.Html;

public class StartTagScannerTests
{
    [Fact]
    public async Task Every_page_of_the_default_playbook_is_read_fast_and_as_the_tokenizer_reads_it()
    {
        // Given the default playbook's finished pages
        var result = await TestSite.BuildDefaultAsync();
        var pages = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).Select(f => f.Bytes).ToList();

        // When each is read by the scanner and by AngleSharp's tokenizer
        var fast = 0;
        foreach (var html in pages)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var links = new List<string>();
            if (!StartTagScanner.TryRead(html, ids, links)) continue;
            fast++;

            // Then both find the same ids and the same links in the same order
            var tokenized = CollectIdsAndLinks.Tokenize(Encoding.UTF8.GetString(html));
            Assert.Equal(tokenized.Ids.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
            Assert.Equal(tokenized.Links, links);
        }
        // And the build's own markup never needs the tokenizer
        Assert.Equal(pages.Count, fast);
    }

    [Theory]
    [InlineData("<A HREF=/upper/ ID=Up>x</A><IMG SRC='/i.png'>")]
    [InlineData("<a href = \"/spaced/\" >x</a><a/href=/slashed/>y</a><a id=\"x\"href=\"/glued/\">z</a>")]
    [InlineData("<a hidden href=/after-bare/>x</a><a =href=/eq-name/ href=/real/>y</a>")]
    [InlineData("<a href=\"/one/\" href=\"/two/\" id=a id=b>dup</a>")]
    [InlineData("<a id href=/bare-id/ id=late>x</a><a href>y</a><a href=>z</a><a href= id=w>v</a>")]
    [InlineData("</a href=\">\"><a href=/after-end-tag/>x</a>")]
    [InlineData("<!-- <a href=/in-comment/> --><a href=/after-comment/>x</a>")]
    [InlineData("<!--> <a href=/after-abrupt-comment/>x</a>")]
    [InlineData("<!-- a --!> <a href=/after-bang/>x</a> -->")]
    [InlineData("<!DOCTYPE html><!doctype x><a href=/after-doctype/>x</a>")]
    [InlineData("<![CDATA[<a href=/in-cdata/>]]><a href=/after-cdata/>x</a>")]
    [InlineData("<? pi ><a href=/after-pi/>x</a>")]
    [InlineData("<script>var s = \"<a href='/in-script/'>\";</script><style>a[href='/x/']{}</style>")]
    [InlineData("<svg><a href=\"/svg-link/\"/><image src=/svg-image.png /></svg>")]
    [InlineData("<a href='it\"s'>q</a><a href=\"/search/?a=1&amp;b=2\">e</a><a href=/&lt;/>f</a>")]
    [InlineData("<a href=\"/cut/")]
    [InlineData("<a href=/x/>x</a>\r\n<a href=\"/cr\r\nlf/\">y</a>")]
    [InlineData("<a ıd=dotless href=/d/>x</a><a \u212Aref=/kelvin/>y</a>")]
    [InlineData("<h2 id=\"café-😀\">x</h2><a href=\"/straße/#café-😀\">y</a><img src=/bilder/größe.png>")]
    [InlineData("a < b and c <> d </ e <a href=/after-text/>x</a></>")]
    [InlineData("<link rel=stylesheet href=/s.css><script src=/s.js></script><area href=/not-read/>")]
    public void Unusual_markup_is_read_as_the_tokenizer_reads_it(string html)
    {
        // When a page with unusual markup is collected
        var found = CollectIdsAndLinks.Collect(Encoding.UTF8.GetBytes(html));

        // Then it finds what AngleSharp's tokenizer finds
        var tokenized = CollectIdsAndLinks.Tokenize(html);
        Assert.Equal(tokenized.Ids.Order(StringComparer.Ordinal), found.Ids.Order(StringComparer.Ordinal));
        Assert.Equal(tokenized.Links, found.Links);
    }
}
