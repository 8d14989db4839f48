using System.Xml;
using Playbook.Model;
using Playbook.Pipeline;

namespace Playbook.Output;

/// <summary>
/// <c>/feed.xml</c>, an Atom 1.0 feed of the newest and latest updated content pages, newest
/// first. The feed's own <c>updated</c> is its newest entry's, never the build time, so two
/// builds of the same input give the same bytes.
/// </summary>
public sealed class GenerateFeed : IModule
{
    public const string Url = "/feed.xml";
    public const string Namespace = "http://www.w3.org/2005/Atom";
    public const int MaxEntries = 20;

    /// <summary>Stage pages and every section's pages; plain pages (home, about) are not news.</summary>
    private static bool InFeed(Page page, PlaybookConfig config) =>
        page.Kind == Kinds.Stage || config.Kinds.TryGetValue(page.Kind, out var kind) && Kinds.IsSection(kind);

    public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
    {
        var entries = SiteFiles.Authored(pages)
            .Where(p => InFeed(p, context.Config) && p.FrontMatter.LastModified is not null)
            .OrderByDescending(p => p.FrontMatter.LastModified)
            .ThenBy(p => p.Url, StringComparer.Ordinal)
            .Take(MaxEntries)
            .ToList();
        var site = context.Config.Site;
        var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, GenerateSitemap.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            xml.WriteAttributeString("xml", "lang", null, site.Language);
            xml.WriteElementString("id", Namespace, context.BaseUrl);
            xml.WriteElementString("title", Namespace, site.Title);
            if (site.Description.Length > 0) xml.WriteElementString("subtitle", Namespace, site.Description);
            // A feed with no dated page still needs an 'updated'; the epoch keeps it deterministic.
            xml.WriteElementString("updated", Namespace, SiteFiles.Instant(SiteFiles.Newest(entries) ?? DateOnly.FromDateTime(DateTime.UnixEpoch)));
            Author(xml, site.Title);
            Link(xml, "self", "application/atom+xml", SiteFiles.Absolute(context, Url));
            Link(xml, "alternate", "text/html", context.BaseUrl);
            foreach (var page in entries)
            {
                var fm = page.FrontMatter;
                var url = SiteFiles.Absolute(context, page.Url);
                xml.WriteStartElement("entry", Namespace);
                xml.WriteElementString("id", Namespace, url);
                xml.WriteElementString("title", Namespace, page.Title);
                Link(xml, "alternate", "text/html", url);
                if (fm.Date is { } published) xml.WriteElementString("published", Namespace, SiteFiles.Instant(published));
                xml.WriteElementString("updated", Namespace, SiteFiles.Instant(fm.LastModified!.Value));
                if (fm.Owner is { } owner) Author(xml, owner);
                xml.WriteElementString("summary", Namespace, fm.Description ?? page.Title);
                foreach (var tag in fm.Tags)
                {
                    xml.WriteStartElement("category", Namespace);
                    xml.WriteAttributeString("term", tag);
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        IReadOnlyList<Page> output = [.. pages, SiteFiles.File(Url, stream.ToArray())];
        return Task.FromResult(output);
    }

    private static void Author(XmlWriter xml, string name)
    {
        xml.WriteStartElement("author", Namespace);
        xml.WriteElementString("name", Namespace, name);
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
