namespace Playbook.Pipeline;

/// <summary>A named phase of the build: an ordered list of modules the pages pass through.</summary>
public sealed record Pipeline(string Name, IReadOnlyList<IModule> Modules);
