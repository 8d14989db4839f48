namespace Playbook.Pipeline;

/// <summary>
/// A key of the data a module hands on to later modules and layouts (<see cref="Page.Data"/>). Keys
/// compare by identity, not by name: each is one static field of the module that writes it, and
/// every reader names that field, so a key cannot be misspelt or spelt twice.
/// </summary>
public abstract class PageKey(string name)
{
    /// <summary>For debugging only: no lookup goes by it.</summary>
    public string Name { get; } = name;

    public override string ToString() => Name;
}

/// <summary>A key whose value is a <typeparamref name="T"/>: <see cref="Page.With{T}"/> stores only that type, so <see cref="Page.Get{T}"/> never meets another.</summary>
public sealed class PageKey<T>(string name) : PageKey(name) where T : notnull;
