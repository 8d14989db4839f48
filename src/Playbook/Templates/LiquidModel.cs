using System.Collections;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;
using Playbook.Model;

namespace Playbook.Templates;

/// <summary>
/// Turns C# view models into the values layouts see. Strings stay the text they are, so filters
/// (<c>truncate</c>, <c>size</c>, <c>upcase</c>) work on the text; the engine escapes them when it
/// writes them out, and only <see cref="Markup"/> is written as HTML. Properties become
/// snake_case keys: <c>ReviewDue</c> → <c>review_due</c>.
/// </summary>
public static class LiquidModel
{
    public static object? From(object? value) => value switch
    {
        null => null,
        string or Markup => value,
        bool or int or long or double or decimal => value,
        DateOnly d => d.ToString("yyyy-MM-dd"),
        IDictionary dict => FromDictionary(dict),
        IEnumerable list => FromList(list),
        _ => FromObject(value),
    };

    private static List<object?> FromList(IEnumerable list)
    {
        var values = list is ICollection collection ? new List<object?>(collection.Count) : [];
        foreach (var item in list) values.Add(From(item));
        return values;
    }

    private static Dictionary<string, object?> FromDictionary(IDictionary dict)
    {
        var hash = new Dictionary<string, object?>(dict.Count, StringComparer.Ordinal);
        foreach (DictionaryEntry e in dict) hash[(string)e.Key] = From(e.Value);
        return hash;
    }

    private static Dictionary<string, object?> FromObject(object value)
    {
        if (!Views.TryGetValue(value.GetType(), out var properties))
            throw new InvalidOperationException($"{value.GetType()} is not a view layouts may read; add it to LiquidModel.Views");
        var hash = new Dictionary<string, object?>(properties.Length, StringComparer.Ordinal);
        foreach (var (name, property) in properties) hash[name] = From(property.GetValue(value));
        return hash;
    }

    /// <summary>
    /// The types whose properties layouts read. They are named here because the native binary
    /// keeps a type's properties for reflection only where the code asks for them by name.
    /// </summary>
    private static readonly FrozenDictionary<Type, (string Name, PropertyInfo Property)[]> Views = new[]
    {
        View<LinkView>(), View<StageView>(), View<TagView>(), View<ItemView>(), View<ToolView>(), View<TocEntry>(), View<PhaseView>(),
        View<HandoutView>(), View<HandoutChecklist>(), View<HandoutSection>(), View<HandoutGuide>(), View<HandoutStep>(), View<HandoutAnswer>(), View<HandoutOutcome>(),
        View<ChecklistItem>(), View<GuideGraph>(), View<GuideStep>(), View<GuideAnswer>(), View<GuideOutcome>(),
    }.ToFrozenDictionary(v => v.Type, v => v.Properties);

    private static (Type Type, (string Name, PropertyInfo Property)[] Properties) View<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>() =>
        (typeof(T), typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => (SnakeCase(p.Name), p))
            .ToArray());

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
