using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Playbook.Markdown;
using Playbook.Pipeline;

namespace Playbook.Modules;

/// <summary>
/// Parses each Markdown page once. The front matter stays inside the same syntax tree
/// (Markdig's YAML front-matter block), so every later line number is the file's own.
/// </summary>
public sealed class ParseMarkdown : PerPageModule
{
    public const string FrontMatterYaml = "frontmatter.yaml";
    public const string FrontMatterLine = "frontmatter.line";

    protected override bool Handles(Page page) => !page.IsAsset && page.Source.Length > 0;

    protected override Page? Transform(Page page, BuildContext context)
    {
        var document = PlaybookMarkdown.Parse(page.Source);
        var block = document.OfType<YamlFrontMatterBlock>().FirstOrDefault();
        if (block is null)
        {
            if (page.Source.StartsWith("---"))
                context.Report(Diagnostic.Error(page.SourcePath, 1, 1, "PB0102",
                    "front matter is not closed; end it with a line of three dashes '---'"));
            return page with { Document = document };
        }
        document.Remove(block);
        var yaml = string.Join('\n', block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString()));
        return page with
        {
            Document = document,
            BodyLine = block.Line + block.Lines.Count + 3,
            // YAML line 1 is the line after the opening '---' (block.Line is 0-based).
            Data = page.Data.SetItem(FrontMatterYaml, yaml).SetItem(FrontMatterLine, block.Line + 1),
        };
    }
}
