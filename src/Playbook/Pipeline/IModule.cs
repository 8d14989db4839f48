namespace Playbook.Pipeline;

/// <summary>One step of the build. It reads pages and returns new ones; it never changes its input.</summary>
public interface IModule
{
    Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context);
}
