using System.Collections.Concurrent;
using DotLiquid.NamingConventions;

namespace Playbook.Templates;

/// <summary>DotLiquid's naming convention, with each converted name remembered.</summary>
internal sealed class CachedNamingConvention(INamingConvention inner) : INamingConvention
{
    private readonly ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);

    public StringComparer StringComparer => inner.StringComparer;

    public string GetMemberName(string name) => _names.GetOrAdd(name, inner.GetMemberName);

    public bool OperatorEquals(string testedOperator, string referenceOperator) => inner.OperatorEquals(testedOperator, referenceOperator);
}
