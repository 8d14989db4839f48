namespace Playbook.Pipeline;

/// <summary>
/// A step that looks at one page at a time, so pages are processed in parallel. The order of
/// the output is the order of the input, which keeps builds deterministic.
/// </summary>
public abstract class PerPageModule : IModule
{
    public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
    {
        var results = new Page?[pages.Count];
        Parallel.For(0, pages.Count, context.Parallelism, i => results[i] = Handles(pages[i]) ? Transform(pages[i], context) : pages[i]);
        IReadOnlyList<Page> output = results.Where(p => p is not null).Select(p => p!).ToList();
        return Task.FromResult(output);
    }

    /// <summary>Pages this step does not handle pass through unchanged.</summary>
    protected virtual bool Handles(Page page) => true;

    /// <summary>Returns the new page, or null to drop it from the build.</summary>
    protected abstract Page? Transform(Page page, BuildContext context);
}
