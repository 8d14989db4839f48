namespace Playbook.Pipeline;

/// <summary>One step of the build. It reads pages and returns new ones; it never changes its input (one that changes a page's Markdown takes it first: see <see cref="MarkdownBody"/>).</summary>
public interface IModule
{
    Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context);

    /// <summary>The step's name in timings: its class's, or, for a step wrapped by a layer, the step's inside.</summary>
    string Name => GetType().Name;
}
