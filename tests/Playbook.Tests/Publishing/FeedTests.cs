using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Playbook.Pipeline;
using Playbook.Tests.Support;

namespace Playbook.Tests.Publishing;

public class FeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Feed_holds_the_20_newest_pages_newest_first()
    {
        // Given 25 articles updated on 25 different days
        var articles = Enumerable.Range(1, 25)
            .Select(i => ($"articles/a{i:00}.md", $"---\ntitle: Article {i}\ndescription: About {i}.\ndate: 2026-10-01\nupdated: 2026-10-{i:00}\ntags: [kpi]\n---\nText.\n"))
            .ToArray();
        // When the site is built
        var feed = Parse(await TestSite.BuildAsync(TestSite.Minimal(articles)));
        // Then the feed has the newest 20, newest first, and its own date is the newest page's
        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(20, entries.Count);
        Assert.Equal(Enumerable.Range(6, 20).Reverse().Select(i => $"Article {i}"), entries.Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal("2026-10-25T00:00:00Z", feed.Root.Element(Atom + "updated")!.Value);
        var first = entries[0];
        Assert.Equal("https://example.org/articles/a25/", first.Element(Atom + "id")!.Value);
        Assert.Equal("https://example.org/articles/a25/", first.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value);
        Assert.Equal("2026-10-01T00:00:00Z", first.Element(Atom + "published")!.Value);
        Assert.Equal("About 25.", first.Element(Atom + "summary")!.Value);
        Assert.Equal("kpi", first.Element(Atom + "category")!.Attribute("term")!.Value);
    }

    [Fact]
    public async Task Feed_of_the_default_playbook_has_every_element_atom_requires()
    {
        var result = await TestSite.BuildDefaultAsync();
        var feed = Parse(result).Root!;

        // RFC 4287 §4.1.1: a feed has exactly one id, title and updated, an author unless every entry has one, and a self link
        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var name in new[] { "id", "title", "updated" }) Assert.Single(feed.Elements(Atom + name));
        Assert.NotEmpty(feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Equal("https://playbook.example.org/feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        AssertDate(feed.Element(Atom + "updated")!.Value);

        // §4.1.2: each entry has exactly one id, title, updated, and an alternate link; ids are unique absolute IRIs
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.InRange(entries.Count, 1, 20);
        foreach (var entry in entries)
        {
            foreach (var name in new[] { "id", "title", "updated", "summary" }) Assert.Single(entry.Elements(Atom + name));
            Assert.True(Uri.IsWellFormedUriString(entry.Element(Atom + "id")!.Value, UriKind.Absolute));
            Assert.Single(entry.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "alternate");
            AssertDate(entry.Element(Atom + "updated")!.Value);
        }
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        var dates = entries.Select(e => e.Element(Atom + "updated")!.Value).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.Equal(dates[0], feed.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public async Task Every_page_advertises_the_feed()
    {
        var result = await TestSite.BuildAsync(TestSite.Minimal());
        var link = TestSite.Html(result, "index.html").QuerySelector("link[rel=alternate][type='application/atom+xml']");
        Assert.Equal("/feed.xml", link?.GetAttribute("href"));
    }

    private static void AssertDate(string value) =>
        Assert.True(DateTimeOffset.TryParseExact(value, "yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            $"'{value}' is not an RFC 3339 date-time");

    private static string Text(BuildResult result) => Encoding.UTF8.GetString(Assert.Single(result.Files, f => f.Path == "feed.xml").Bytes);

    private static XDocument Parse(BuildResult result)
    {
        Assert.True(result.Succeeded, TestSite.Errors(result));
        return XDocument.Parse(Text(result));
    }
}
