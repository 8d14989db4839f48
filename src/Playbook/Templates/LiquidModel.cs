using System.Collections;
using System.Net;
using System.Reflection;
using System.Text;
using DotLiquid;

namespace Playbook.Templates;

/// <summary>
/// Turns C# view models into the values layouts see. Every string is HTML-escaped here, once,
/// so no layout can forget to escape a hostile title; only <see cref="Markup"/> passes through
/// as HTML. Properties become snake_case keys: <c>ReviewDue</c> → <c>review_due</c>.
/// </summary>
public static class LiquidModel
{
    public static object? From(object? value) => value switch
    {
        null => null,
        string s => WebUtility.HtmlEncode(s),
        Markup m => m.Html,
        bool or int or long or double or decimal => value,
        DateOnly d => d.ToString("yyyy-MM-dd"),
        IDictionary dict => FromDictionary(dict),
        IEnumerable list => list.Cast<object?>().Select(From).ToList(),
        _ => FromObject(value),
    };

    private static Hash FromDictionary(IDictionary dict)
    {
        var hash = new Hash();
        foreach (DictionaryEntry e in dict) hash[(string)e.Key] = From(e.Value);
        return hash;
    }

    private static Hash FromObject(object value)
    {
        var hash = new Hash();
        foreach (var p in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            if (p.GetIndexParameters().Length == 0)
                hash[SnakeCase(p.Name)] = From(p.GetValue(value));
        return hash;
    }

    public static string SnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }
}
