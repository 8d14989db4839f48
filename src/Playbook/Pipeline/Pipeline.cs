namespace Playbook.Pipeline;

/// <summary>A named phase of the build: an ordered list of modules the pages pass through.</summary>
public sealed record Pipeline(string Name, IReadOnlyList<IModule> Modules)
{
    /// <summary>After this phase no step changes a file of the site, so they can be written while the later steps check them.</summary>
    public bool FilesFinal { get; init; }
}
