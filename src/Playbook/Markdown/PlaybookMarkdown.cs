using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;

namespace Playbook.Markdown;

/// <summary>
/// The one Markdig pipeline of the build, made once and shared by every page: Markdig's
/// pipelines are immutable and thread-safe after <c>Build()</c>.
/// </summary>
public static class PlaybookMarkdown
{
    /// <summary>How authors link to a page by its id, whatever its file or URL: <c>[text](xref:some-id#anchor)</c>.</summary>
    public const string XrefScheme = "xref:";

    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseGridTables()
        .UseTaskLists()
        .UseFootnotes()
        .UseAlertBlocks()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseSmartyPants()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .Use<Checklists.ChecklistExtension>()
        .Use<Guides.GuideExtension>()
        .Use<Worksheets.WorksheetExtension>()
        .Use<HeadingAnchorExtension>()
        // Markdig requires generic attributes ({#id .class}) to be registered last.
        .UseGenericAttributes()
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    public static string Render(MarkdownDocument document) => Markdig.Markdown.ToHtml(document, Pipeline);
}
