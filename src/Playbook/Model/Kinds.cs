namespace Playbook.Model;

/// <summary>The content kinds the theme has layouts for.</summary>
public static class Kinds
{
    public const string Article = "article";
    public const string Checklist = "checklist";
    public const string Guide = "guide";
    public const string Stage = "stage";
    public const string Page = "page";

    /// <summary>Pages the build makes itself (stage overview, tag pages, lists, search).</summary>
    public const string Generated = "generated";

    public static readonly IReadOnlyList<string> Content = [Article, Checklist, Guide, Stage, Page];
}
