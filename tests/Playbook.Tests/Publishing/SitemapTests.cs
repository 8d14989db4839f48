using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Playbook.Pipeline;
using Playbook.Tests.Support;

namespace Playbook.Tests.Publishing;

public class SitemapTests
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    // The sitemaps.org 0.9 schema, reduced to the elements Playbook writes.
    private const string Schema = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.sitemaps.org/schemas/sitemap/0.9"
                   xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" elementFormDefault="qualified">
          <xs:element name="urlset">
            <xs:complexType><xs:sequence>
              <xs:element name="url" minOccurs="0" maxOccurs="50000">
                <xs:complexType><xs:sequence>
                  <xs:element name="loc"><xs:simpleType><xs:restriction base="xs:anyURI"><xs:minLength value="12"/><xs:maxLength value="2048"/></xs:restriction></xs:simpleType></xs:element>
                  <xs:element name="lastmod" type="xs:date" minOccurs="0"/>
                </xs:sequence></xs:complexType>
              </xs:element>
            </xs:sequence></xs:complexType>
          </xs:element>
        </xs:schema>
        """;

    [Fact]
    public async Task Sitemap_lists_each_published_page_once_with_its_absolute_url_and_lastmod()
    {
        // Given dated pages, a draft, an alias and a 404 page
        var site = TestSite.Minimal(
            ("articles/a.md", "---\ntitle: A\ndate: 2026-10-01\nupdated: 2026-11-02\naliases: [/old/a/]\n---\nText.\n"),
            ("articles/b.md", "---\ntitle: B\ndate: 2026-10-05\n---\nText.\n"),
            ("articles/d.md", "---\ntitle: D\ndraft: true\ndate: 2026-11-20\n---\nSoon.\n"),
            ("404.md", "---\ntitle: Not found\n---\nNothing here.\n"));
        // When the site is built
        var result = await TestSite.BuildAsync(site);
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var sitemap = Parse(result);

        // Then every page a reader can land on is listed once, by its absolute URL
        var urls = sitemap.Root!.Elements(Ns + "url").ToDictionary(u => u.Element(Ns + "loc")!.Value, u => u.Element(Ns + "lastmod")?.Value);
        var pages = result.Files.Select(f => f.Path).Where(p => p.EndsWith("index.html") && !p.StartsWith("old/") && !p.StartsWith("admin/"))
            .Select(p => "https://example.org/" + p[..^"index.html".Length]).Order().ToList();
        Assert.Equal(pages, urls.Keys.Order().ToList());
        // with lastmod from 'updated', else 'date'; generated lists take the newest page date
        Assert.Equal("2026-11-02", urls["https://example.org/articles/a/"]);
        Assert.Equal("2026-10-05", urls["https://example.org/articles/b/"]);
        Assert.Equal("2026-11-02", urls["https://example.org/articles/"]);
        // and no draft, redirect or 404 page
        Assert.DoesNotContain(urls.Keys, u => u.Contains("/articles/d/") || u.Contains("/old/") || u.Contains("404"));
    }

    [Fact]
    public async Task Sitemap_of_the_default_playbook_is_valid_against_the_sitemap_schema()
    {
        var result = await TestSite.BuildDefaultAsync();
        var sitemap = Parse(result);
        var schemas = new XmlSchemaSet();
        schemas.Add(null, XmlReader.Create(new StringReader(Schema)));
        var errors = new List<string>();
        sitemap.Validate(schemas, (_, e) => errors.Add(e.Message));
        Assert.Empty(errors);
        Assert.Equal(Ns + "urlset", sitemap.Root!.Name);
        Assert.All(sitemap.Root.Elements(Ns + "url"), u => Assert.NotNull(u.Element(Ns + "lastmod")));
    }

    [Fact]
    public async Task Sitemap_urls_follow_the_base_url_given_on_the_command_line()
    {
        var result = await TestSite.BuildAsync(TestSite.Minimal(), new BuildOptions { Today = TestSite.Today, BaseUrl = "https://preview.example.net/playbook" });
        var locs = Parse(result).Root!.Elements(Ns + "url").Select(u => u.Element(Ns + "loc")!.Value).ToList();
        Assert.Contains("https://preview.example.net/playbook/stages/tactical/", locs);
        Assert.All(locs, l => Assert.StartsWith("https://preview.example.net/playbook/", l));
    }

    private static XDocument Parse(BuildResult result)
    {
        var file = Assert.Single(result.Files, f => f.Path == "sitemap.xml");
        Assert.False(file.Bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "the sitemap starts with a byte-order mark");
        return XDocument.Parse(Encoding.UTF8.GetString(file.Bytes));
    }
}
