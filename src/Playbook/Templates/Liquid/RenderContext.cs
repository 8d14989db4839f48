namespace Playbook.Templates.Liquid;

/// <summary>
/// The state of one render: the model, the scopes of loops and includes, the include being
/// rendered, and the node being evaluated, so a failure can name its file, line and column.
/// </summary>
internal sealed class RenderContext(IReadOnlyDictionary<string, object?> model, Func<string, LiquidTemplate> include, LiquidTemplate template)
{
    /// <summary>Deep enough for any real theme; a deeper chain is an include that includes itself.</summary>
    public const int MaxIncludeDepth = 32;

    private readonly List<Dictionary<string, object?>> _scopes = [new(StringComparer.Ordinal)];
    private readonly List<LiquidTemplate> _templates = [template];

    public Node? Current { get; set; }

    /// <summary>The template <see cref="Current"/> belongs to.</summary>
    public LiquidTemplate Template => _templates[^1];

    public object? Lookup(string name)
    {
        for (var i = _scopes.Count - 1; i >= 0; i--)
            if (_scopes[i].TryGetValue(name, out var value)) return value;
        return model.GetValueOrDefault(name);
    }

    public void Assign(string name, object? value) => _scopes[0][name] = value;

    public void Push(Dictionary<string, object?> scope) => _scopes.Add(scope);

    public void Pop() => _scopes.RemoveAt(_scopes.Count - 1);

    public LiquidTemplate Include(string name) => include(name);

    public void Enter(LiquidTemplate included)
    {
        if (_templates.Count >= MaxIncludeDepth)
            throw new LiquidException($"includes are nested more than {MaxIncludeDepth} deep; does '{included.Name}' include itself?");
        _templates.Add(included);
    }

    public void Leave() => _templates.RemoveAt(_templates.Count - 1);
}

/// <summary>A template that cannot be parsed or rendered; the caller turns it into a diagnostic.</summary>
internal sealed class LiquidException(string message, int line = 0, int column = 0) : Exception(message)
{
    public int Line { get; } = line;
    public int Column { get; } = column;

    /// <summary>The template the render failed in, when it failed while rendering.</summary>
    public string? Template { get; init; }
}
