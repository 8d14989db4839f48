using System.Text.RegularExpressions;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Playbook.Diagnostics;
using Playbook.Markdown;
using Playbook.Pipeline;

namespace Playbook.Modules;

/// <summary>
/// Parses each Markdown page once. The front matter stays inside the same syntax tree
/// (Markdig's YAML front-matter block), so every later line number is the file's own.
/// </summary>
public sealed partial class ParseMarkdown : PerPageModule
{
    /// <summary>The front matter's YAML, for <see cref="ParseFrontMatter"/>, which replaces it with the typed fields.</summary>
    public static readonly PageKey<FrontMatterText> FrontMatter = new("front matter text");

    /// <summary>Set when the front matter could not be read, so later rules do not pile up on the one real error.</summary>
    public static readonly PageKey<bool> Unreadable = new("front matter unreadable");

    // Generated at compile time: the native binary has no JIT, so RegexOptions.Compiled only interpreted it.
    [GeneratedRegex(@"\A---[ \t]*\n---[ \t]*(\n|\z)")]
    private static partial Regex EmptyFrontMatter();

    protected override bool Handles(Page page) => page.IsMarkdown;

    /// <summary>Deeper than this, Markdig's renderer gives up (it throws); no real page comes near it.</summary>
    private const int MaxNesting = 64;

    protected override Page? Transform(Page page, BuildContext context)
    {
        MarkdownObject? tooDeep;
        try
        {
            var parsed = Parse(page, context);
            tooDeep = TooDeep(parsed.Document!.Tree);
            if (tooDeep is null) return parsed;
        }
        catch (ArgumentException)
        {
            // Markdig's own depth guard, for nesting that even its parser refuses.
            tooDeep = null;
        }
        // The build fails on this error, so the page is left out rather than half rendered.
        context.Report(Diagnostic.Error(page.SourcePath, (tooDeep?.Line ?? 0) + 1, (tooDeep?.Column ?? 0) + 1, "PB0120",
            $"the Markdown is nested more than {MaxNesting} levels deep (brackets, quotes or lists); flatten it"));
        return null;
    }

    private static Page Parse(Page page, BuildContext context)
    {
        // Markdig does not see an empty front matter ('---' twice) as front matter at all; blank
        // out the two lines so the body keeps its line numbers and the page reads as having no fields.
        if (EmptyFrontMatter().IsMatch(page.Source))
            return (page with
            {
                Document = new MarkdownBody(PlaybookMarkdown.Parse(EmptyFrontMatter().Replace(page.Source, "\n\n", 1))),
                BodyLine = 3,
            }).With(FrontMatter, new FrontMatterText("", 1));
        var document = PlaybookMarkdown.Parse(page.Source);
        var block = document.OfType<YamlFrontMatterBlock>().FirstOrDefault();
        if (block is null)
        {
            var end = page.Source.IndexOf('\n');
            var firstLine = (end < 0 ? page.Source : page.Source[..end]).TrimEnd();
            if (firstLine != "---") return page with { Document = new MarkdownBody(document) };
            context.Report(Diagnostic.Error(page.SourcePath, 1, 1, "PB0102",
                "front matter is not closed; end it with a line of three dashes '---'"));
            return (page with { Document = new MarkdownBody(document) }).With(Unreadable, true);
        }
        document.Remove(block);
        var yaml = string.Join('\n', block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString()));
        return (page with
        {
            Document = new MarkdownBody(document),
            BodyLine = block.Line + block.Lines.Count + 3,
            // YAML line 1 is the line after the opening '---' (block.Line is 0-based).
        }).With(FrontMatter, new FrontMatterText(yaml, block.Line + 1));
    }

    /// <summary>
    /// The first block or inline nested deeper than <see cref="MaxNesting"/>, if any; walked
    /// without recursion so hostile input cannot overflow the stack.
    /// </summary>
    private static MarkdownObject? TooDeep(MarkdownDocument document)
    {
        var stack = new Stack<(MarkdownObject Node, int Depth)>(256);
        stack.Push((document, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > MaxNesting) return node;
            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container) stack.Push((child, depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    stack.Push((inline, depth + 1));
                    break;
                case ContainerInline container:
                    for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                        stack.Push((child, depth + 1));
                    break;
            }
        }
        return null;
    }
}

/// <summary>A page's front matter as written: its YAML and the file line the YAML starts on.</summary>
public sealed record FrontMatterText(string Yaml, int Line);
