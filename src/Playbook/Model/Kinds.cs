namespace Playbook.Model;

/// <summary>The content kinds the theme has layouts for.</summary>
public static class Kinds
{
    public const string Article = "article";
    public const string Checklist = "checklist";
    public const string Guide = "guide";
    public const string Worksheet = "worksheet";
    public const string Stage = "stage";
    public const string Page = "page";

    /// <summary>Pages the build makes itself (stage overview, tag pages, lists, search).</summary>
    public const string Generated = "generated";

    public static readonly IReadOnlyList<string> Content = [Article, Checklist, Guide, Worksheet, Stage, Page];

    /// <summary>A section's title when <c>playbook.yml</c> gives the kind none: its id in the plural.</summary>
    public static string DefaultTitle(string kind) => kind switch
    {
        Guide => "Decision guides",
        Page => "Pages",
        _ => char.ToUpperInvariant(kind[0]) + kind[1..] + "s",
    };

    /// <summary>Stages and plain pages have their own URLs and lists; every other kind with a folder is a section of its own.</summary>
    public static bool IsSection(KindSchema kind) => kind.Id is not (Stage or Page) && kind.Folder.Length > 0;
}
