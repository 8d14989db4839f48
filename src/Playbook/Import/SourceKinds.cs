using Playbook.Model;

namespace Playbook.Import;

/// <summary>A Jekyll collection or a Hugo section becomes a kind by its name: checklists, guides, else articles.</summary>
public static class SourceKinds
{
    public static string For(string collection) => collection.ToLowerInvariant() switch
    {
        "checklists" or "checklist" => Kinds.Checklist,
        "guides" or "guide" => Kinds.Guide,
        _ => Kinds.Article,
    };
}
