namespace Playbook.Pipeline;

/// <summary>A step that works on one page at a time, so a layer around the build can run it on some pages and pass the others through.</summary>
public interface IPerPageModule : IModule
{
    /// <summary>
    /// Runs the step on the pages <paramref name="selected"/> picks; the others pass through as they
    /// are. What the step reads across pages (see <see cref="PerPageModule{TSite}.Gather"/>) still
    /// comes from all of them. Each page of the output is also handed to <paramref name="done"/>
    /// as soon as it is made, from whichever thread made it.
    /// </summary>
    IReadOnlyList<Page> ExecuteOn(IReadOnlyList<Page> pages, BuildContext context, Func<Page, bool> selected, Action<Page>? done = null);
}

/// <summary>
/// A step that looks at one page at a time, so pages are processed in parallel, against what it
/// first gathers from the whole site (the pages a link may point at, say). The order of the output
/// is the order of the input, which keeps builds deterministic.
/// </summary>
public abstract class PerPageModule<TSite> : IPerPageModule
{
    public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context) =>
        Task.FromResult(ExecuteOn(pages, context, static _ => true));

    public IReadOnlyList<Page> ExecuteOn(IReadOnlyList<Page> pages, BuildContext context, Func<Page, bool> selected, Action<Page>? done = null)
    {
        var site = Gather(pages, context);
        var results = new Page?[pages.Count];
        Parallel.For(0, pages.Count, context.Parallelism, i =>
        {
            var page = selected(pages[i]) && Handles(pages[i]) ? Transform(pages[i], site, context) : pages[i];
            results[i] = page;
            if (page is not null) done?.Invoke(page);
        });
        return results.OfType<Page>().ToList();
    }

    /// <summary>What every page's transform reads of the others, gathered once.</summary>
    protected abstract TSite Gather(IReadOnlyList<Page> pages, BuildContext context);

    /// <summary>Pages this step does not handle pass through unchanged.</summary>
    protected virtual bool Handles(Page page) => true;

    /// <summary>Returns the new page, or null to drop it from the build.</summary>
    protected abstract Page? Transform(Page page, TSite site, BuildContext context);
}

/// <summary>A step that looks at one page at a time and at nothing else.</summary>
public abstract class PerPageModule : PerPageModule<PerPageModule.Nothing>
{
    /// <summary>What a step that reads no other page gathers.</summary>
    public sealed record Nothing
    {
        public static readonly Nothing Value = new();
    }

    protected sealed override Nothing Gather(IReadOnlyList<Page> pages, BuildContext context) => Nothing.Value;

    protected sealed override Page? Transform(Page page, Nothing site, BuildContext context) => Transform(page, context);

    /// <summary>Returns the new page, or null to drop it from the build.</summary>
    protected abstract Page? Transform(Page page, BuildContext context);
}
