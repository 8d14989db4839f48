using System.Text;
using Playbook.Output;
using Playbook.Pipeline;

namespace Playbook.Admin;

/// <summary>
/// Writes the web editor for authors without git: <c>/admin/index.html</c> (Decap CMS),
/// <c>/admin/config.yml</c> generated from playbook.yml, and <c>/admin/preview.js</c>, which styles
/// the editor's preview with the site's CSS. They are files, not pages: no layout, search entry,
/// sitemap line or link check applies to a third-party application.
/// </summary>
public sealed class GenerateAdmin : IModule
{
    public const string Folder = "/admin/";
    public const string PageUrl = Folder + "index.html";
    public const string ConfigUrl = Folder + "config.yml";
    public const string PreviewScriptUrl = Folder + "preview.js";

    /// <summary>The theme's stylesheets that the authored kinds' pages link, in the order the base layout links them.</summary>
    public static readonly IReadOnlyList<string> PreviewStyles =
        ["assets/css/site.css", "assets/css/reading.css", "assets/css/checklist.css", "assets/css/guide.css", "assets/css/worksheet.css"];

    public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
    {
        if (!context.Options.Admin) return Task.FromResult(pages);
        var styles = PreviewStyles
            .Select(path => pages.FirstOrDefault(p => p.IsAsset && p.SourcePath == "theme/" + path)?.Url)
            .OfType<string>();
        IReadOnlyList<Page> output =
        [
            .. pages,
            SiteFiles.File(PageUrl, Encoding.UTF8.GetBytes(AdminPage.Html(context.Config.Site, PreviewScriptUrl, ConfigUrl))),
            SiteFiles.File(ConfigUrl, Encoding.UTF8.GetBytes(DecapConfig.Generate(context.Config))),
            SiteFiles.File(PreviewScriptUrl, Encoding.UTF8.GetBytes(AdminPage.PreviewScript(styles))),
        ];
        return Task.FromResult(output);
    }
}
