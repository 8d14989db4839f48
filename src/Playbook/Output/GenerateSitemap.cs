using System.Globalization;
using System.Text;
using System.Xml;
using Playbook.Pipeline;

namespace Playbook.Output;

/// <summary>
/// <c>/sitemap.xml</c> (sitemaps.org 0.9): every published page with its absolute URL and
/// <c>lastmod</c> from <c>updated</c> or <c>date</c>. Pages the build generates (lists, tags)
/// change whenever a page they list does, so they take the site's newest date.
/// </summary>
public sealed class GenerateSitemap : IModule
{
    public const string Url = "/sitemap.xml";
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
    {
        var published = SiteFiles.Published(pages).OrderBy(p => p.Url, StringComparer.Ordinal).ToList();
        var newest = SiteFiles.Newest(published);
        var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var page in published)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, SiteFiles.Absolute(context, page.Url));
                var lastmod = page.SourcePath.Length > 0 ? page.FrontMatter.LastModified : newest;
                if (lastmod is { } date)
                    xml.WriteElementString("lastmod", Namespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        IReadOnlyList<Page> output = [.. pages, SiteFiles.File(Url, stream.ToArray())];
        return Task.FromResult(output);
    }

    internal static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
    };
}
