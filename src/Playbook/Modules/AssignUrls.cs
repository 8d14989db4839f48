using Playbook.Model;
using Playbook.Pipeline;

namespace Playbook.Modules;

/// <summary>Gives every Markdown page its URL: folders and slug, never anything outside the output.</summary>
public sealed class AssignUrls : PerPageModule
{
    public const string NotFoundUrl = "/404.html";

    protected override bool Handles(Page page) => page.IsMarkdown;

    protected override Page Transform(Page page, BuildContext context) => page with { Url = UrlOf(page) };

    private static string UrlOf(Page page)
    {
        if (page.SourcePath == "404.md") return NotFoundUrl;
        var slug = page.FrontMatter.Slug is { } s ? PageIds.Slugify(s) : page.Id;
        return PageIds.UrlFor(page.SourcePath, slug.Length > 0 ? slug : page.Id);
    }

    /// <summary>An alias is a site path; made safe the same way as slugs so it cannot leave the output.</summary>
    public static string NormalizeAlias(string alias)
    {
        var parts = alias.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(PageIds.Slugify).Where(p => p.Length > 0);
        var joined = string.Join('/', parts);
        return joined.Length == 0 ? "/" : "/" + joined + "/";
    }
}
