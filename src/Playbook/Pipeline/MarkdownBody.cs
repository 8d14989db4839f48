using Markdig.Syntax;

namespace Playbook.Pipeline;

/// <summary>
/// A page's parsed Markdown, held by one page at a time. Pages are records whose copies share
/// their members, so a module that changes the tree (resolving links, marking checklist items,
/// worksheet fields, guide steps) first calls <see cref="Take"/>: the tree moves to a new body for
/// the page the module returns, and the page it was given can no longer read a tree that no longer
/// describes it. Markdig has no deep copy, and parsing again would cost each such step a parse.
/// </summary>
public sealed class MarkdownBody(MarkdownDocument tree)
{
    private MarkdownDocument? _tree = tree;

    /// <summary>The tree, to read; to change it, <see cref="Take"/> it first.</summary>
    public MarkdownDocument Tree => _tree
        ?? throw new InvalidOperationException("this page's Markdown was taken by a module that changes it; read the page that module returned");

    /// <summary>Hands the tree to a new body, for the page a changing module returns, and closes this one.</summary>
    public MarkdownBody Take()
    {
        var tree = Tree;
        _tree = null;
        return new MarkdownBody(tree);
    }
}
