using System.Collections;
using System.Globalization;

namespace Playbook.Templates.Liquid;

/// <summary>A value in a template: a literal, a variable path, a range, or a value through filters.</summary>
internal abstract record Expression
{
    public abstract object? Evaluate(RenderContext context);
}

internal sealed record Literal(object? Value) : Expression
{
    public override object? Evaluate(RenderContext context) => Value;
}

/// <summary><c>page.stages.size</c>, <c>items[0]</c>, <c>site["title"]</c>: a name, then members and indexes.</summary>
internal sealed record VariablePath(string Name, IReadOnlyList<Expression> Members) : Expression
{
    public override object? Evaluate(RenderContext context)
    {
        var value = context.Lookup(Name);
        // An index, not foreach: an interface's enumerator is a new object, and this runs for every variable of every page.
        for (var i = 0; i < Members.Count; i++)
        {
            if (value is null) return null;
            value = Values.Member(value, Members[i].Evaluate(context));
        }
        return value;
    }
}

internal sealed record RangeExpression(Expression From, Expression To) : Expression
{
    public override object? Evaluate(RenderContext context)
    {
        var from = Values.ToInt(From.Evaluate(context));
        var to = Values.ToInt(To.Evaluate(context));
        return to < from ? [] : Enumerable.Range(from, to - from + 1).Select(i => (object?)i).ToList();
    }
}

internal sealed record FilterCall(string Name, Filters.Filter Apply, IReadOnlyList<Expression> Arguments);

internal sealed record Filtered(Expression Input, IReadOnlyList<FilterCall> Calls) : Expression
{
    public override object? Evaluate(RenderContext context)
    {
        var value = Input.Evaluate(context);
        foreach (var call in Calls)
        {
            var arguments = new object?[call.Arguments.Count];
            for (var i = 0; i < arguments.Length; i++) arguments[i] = call.Arguments[i].Evaluate(context);
            value = call.Apply(value, arguments);
        }
        return value;
    }
}

/// <summary>A condition of <c>if</c>, <c>unless</c> and <c>when</c>.</summary>
internal abstract record Condition
{
    public abstract bool IsTrue(RenderContext context);
}

internal sealed record Truthy(Expression Value) : Condition
{
    public override bool IsTrue(RenderContext context) => Values.IsTruthy(Value.Evaluate(context));
}

internal sealed record Comparison(Expression Left, string Operator, Expression Right) : Condition
{
    public override bool IsTrue(RenderContext context) => Values.Compare(Left.Evaluate(context), Operator, Right.Evaluate(context));
}

/// <summary>Liquid reads <c>a or b and c</c> from the right: <c>a or (b and c)</c>; there are no parentheses.</summary>
internal sealed record Logical(Condition Left, bool IsAnd, Condition Right) : Condition
{
    public override bool IsTrue(RenderContext context) =>
        IsAnd ? Left.IsTrue(context) && Right.IsTrue(context) : Left.IsTrue(context) || Right.IsTrue(context);
}

/// <summary>The special values <c>empty</c> and <c>blank</c>, which only compare.</summary>
internal sealed record Emptiness(bool Blank)
{
    public bool Matches(object? value) => value switch
    {
        null => Blank,
        bool b => Blank && !b,
        string s => Blank ? string.IsNullOrWhiteSpace(s) : s.Length == 0,
        IDictionary d => d.Count == 0,
        IEnumerable e => !e.Cast<object?>().Any(),
        _ => false,
    };
}

/// <summary>How Liquid treats values: truth, equality, order, members, and text output.</summary>
internal static class Values
{
    /// <summary>Only nil and false are false; an empty string is true, as in Shopify's Liquid.</summary>
    public static bool IsTruthy(object? value) => value is not (null or false);

    public static object? Member(object value, object? key) => (value, key) switch
    {
        (IReadOnlyDictionary<string, object?> d, string k) when d.TryGetValue(k, out var v) => v,
        (ForLoop loop, string k) => loop[k],
        (IDictionary d, string k) when d.Contains(k) => d[k],
        (IList list, int i) => i >= 0 && i < list.Count ? list[i] : i < 0 && -i <= list.Count ? list[list.Count + i] : null,
        (_, "size") => Size(value),
        (IList list, "first") => list.Count > 0 ? list[0] : null,
        (IList list, "last") => list.Count > 0 ? list[^1] : null,
        _ => null,
    };

    public static object? Size(object? value) => value switch
    {
        string s => s.Length,
        Markup m => m.Html.Length,
        ICollection c => c.Count,
        IReadOnlyCollection<KeyValuePair<string, object?>> d => d.Count,
        IEnumerable e => e.Cast<object?>().Count(),
        _ => 0,
    };

    public static bool Compare(object? left, string op, object? right)
    {
        // Conditions read HTML the build made (a page's content) as the text it is: `content contains "<table"`.
        if (left is Markup ml) left = ml.Html;
        if (right is Markup mr) right = mr.Html;
        if (left is Emptiness el) (left, right) = (right, el);
        if (right is Emptiness er)
            return op switch { "==" => er.Matches(left), "!=" or "<>" => !er.Matches(left), _ => false };
        return op switch
        {
            "==" => AreEqual(left, right),
            "!=" or "<>" => !AreEqual(left, right),
            "contains" => Contains(left, right),
            _ => Order(left, right) is { } order && op switch
            {
                "<" => order < 0,
                ">" => order > 0,
                "<=" => order <= 0,
                ">=" => order >= 0,
                _ => false,
            },
        };
    }

    public static bool AreEqual(object? a, object? b) =>
        IsNumber(a) && IsNumber(b) ? ToDouble(a) == ToDouble(b) : Equals(a, b);

    private static int? Order(object? a, object? b) =>
        IsNumber(a) && IsNumber(b) ? ToDouble(a).CompareTo(ToDouble(b))
        : a is string sa && b is string sb ? string.CompareOrdinal(sa, sb)
        : null;

    private static bool Contains(object? container, object? item) => container switch
    {
        string s => item is not null && s.Contains(Text(item), StringComparison.Ordinal),
        IReadOnlyDictionary<string, object?> d => item is string k && d.ContainsKey(k),
        IDictionary d => item is string k && d.Contains(k),
        IEnumerable e => e.Cast<object?>().Any(x => AreEqual(x, item)),
        _ => false,
    };

    public static bool IsNumber(object? value) => value is int or long or double or decimal or float;

    public static double ToDouble(object? value) => value switch
    {
        int i => i,
        long l => l,
        double d => d,
        decimal m => (double)m,
        float f => f,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => 0,
    };

    public static int ToInt(object? value) => (int)Math.Truncate(ToDouble(value));

    /// <summary>What <c>{{ value }}</c> writes: nothing for nil, lists run together, numbers invariant.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IDictionary or IReadOnlyDictionary<string, object?> or ForLoop => "",
        IEnumerable e => string.Concat(e.Cast<object?>().Select(Text)),
        _ => value.ToString() ?? "",
    };

    public static IReadOnlyList<object?> ToList(object? value) => value switch
    {
        null => [],
        string s => s.Length == 0 ? [] : [s],
        IReadOnlyList<object?> list => list,
        IDictionary or IReadOnlyDictionary<string, object?> => [value],
        IEnumerable e => e.Cast<object?>().ToList(),
        _ => [value],
    };
}
