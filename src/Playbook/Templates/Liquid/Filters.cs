using System.Globalization;
using System.Net;

namespace Playbook.Templates.Liquid;

/// <summary>
/// The filters a layout may use: Shopify's common ones and the theme's own (<see cref="PlaybookFilters"/>).
/// A filter the table does not know, or called with the wrong number of arguments, is an error
/// when the layout is parsed, not a silent pass-through at render time.
/// </summary>
internal static class Filters
{
    public delegate object? Filter(object? input, object?[] arguments);

    public sealed record Definition(int MinArguments, int MaxArguments, Filter Apply);

    private static Definition Of(Func<object?, object?> f) => new(0, 0, (input, _) => f(input));

    private static Definition Of(Func<object?, object?, object?> f) => new(1, 1, (input, a) => f(input, a[0]));

    private static string S(object? value) => Values.Text(value);

    public static readonly IReadOnlyDictionary<string, Definition> All = new Dictionary<string, Definition>(StringComparer.Ordinal)
    {
        ["append"] = Of((i, a) => S(i) + S(a)),
        ["prepend"] = Of((i, a) => S(a) + S(i)),
        ["capitalize"] = Of(i => S(i) is { Length: > 0 } s ? char.ToUpperInvariant(s[0]) + s[1..] : ""),
        ["downcase"] = Of(i => S(i).ToLowerInvariant()),
        ["upcase"] = Of(i => S(i).ToUpperInvariant()),
        ["strip"] = Of(i => S(i).Trim()),
        ["lstrip"] = Of(i => S(i).TrimStart()),
        ["rstrip"] = Of(i => S(i).TrimEnd()),
        // Already HTML, so writing it out does not escape it a second time.
        ["escape"] = Of(i => new Markup(WebUtility.HtmlEncode(S(i)))),
        ["url_encode"] = Of(i => Uri.EscapeDataString(S(i))),
        ["replace"] = new(2, 2, (i, a) => S(i).Replace(S(a[0]), S(a[1]), StringComparison.Ordinal)),
        ["remove"] = Of((i, a) => S(i).Replace(S(a), "", StringComparison.Ordinal)),
        ["split"] = Of((i, a) => S(i).Split(S(a)).Select(x => (object?)x).ToList()),
        ["truncate"] = new(1, 2, (i, a) => Truncate(S(i), Values.ToInt(a[0]), a.Length > 1 ? S(a[1]) : "...")),
        ["default"] = Of((i, a) => i is null or false || (i is string s && s.Length == 0) ? a : i),
        ["size"] = Of(Values.Size),
        ["first"] = Of(i => Values.ToList(i) is { Count: > 0 } l ? l[0] : null),
        ["last"] = Of(i => Values.ToList(i) is { Count: > 0 } l ? l[^1] : null),
        ["join"] = new(0, 1, (i, a) => string.Join(a.Length > 0 ? S(a[0]) : " ", Values.ToList(i).Select(S))),
        ["reverse"] = Of(i => Values.ToList(i).Reverse().ToList()),
        ["sort"] = Of(i => Values.ToList(i).OrderBy(S, StringComparer.Ordinal).ToList()),
        ["map"] = Of((i, a) => Values.ToList(i).Select(x => x is null ? null : Values.Member(x, S(a))).ToList()),
        ["where"] = new(1, 2, (i, a) => Values.ToList(i)
            .Where(x => x is not null && (a.Length > 1 ? Values.AreEqual(Values.Member(x, S(a[0])), a[1]) : Values.IsTruthy(Values.Member(x, S(a[0])))))
            .ToList()),
        ["plus"] = Of((i, a) => Number(Values.ToDouble(i) + Values.ToDouble(a))),
        ["minus"] = Of((i, a) => Number(Values.ToDouble(i) - Values.ToDouble(a))),
        ["times"] = Of((i, a) => Number(Values.ToDouble(i) * Values.ToDouble(a))),
        ["divided_by"] = Of((i, a) => Values.ToDouble(a) == 0 ? throw new LiquidException("divided_by 0") : Number(Values.IsNumber(i) && i is not double && a is not double
            ? Math.Floor(Values.ToDouble(i) / Values.ToDouble(a)) : Values.ToDouble(i) / Values.ToDouble(a))),
        ["modulo"] = Of((i, a) => Values.ToDouble(a) == 0 ? throw new LiquidException("modulo 0") : Number(Values.ToDouble(i) % Values.ToDouble(a))),
        ["long_date"] = Of(i => PlaybookFilters.LongDate(i)),
        ["count_label"] = Of((i, a) => PlaybookFilters.CountLabel(i is System.Collections.ICollection ? i : Values.ToInt(i), S(a))),
    };

    private static object Number(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < int.MaxValue ? (int)value : value;

    private static string Truncate(string text, int length, string ellipsis)
    {
        if (text.Length <= length) return text;
        var keep = Math.Max(0, length - ellipsis.Length);
        return text[..keep] + ellipsis;
    }

    public static string Describe(string name) =>
        string.Format(CultureInfo.InvariantCulture, "unknown filter '{0}'; the filters are {1}", name, string.Join(", ", All.Keys.Order(StringComparer.Ordinal)));
}
