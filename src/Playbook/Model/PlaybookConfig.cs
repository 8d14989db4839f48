namespace Playbook.Model;

public sealed record SiteSettings(string Title, string Description, string BaseUrl, string Language, string? EditUrl);

public sealed record Stage(string Id, string Title, string Summary);

public sealed record Phase(string Id, string Title, IReadOnlyList<string> Stages);

/// <summary>A content kind: the folder its pages live in and the front-matter fields they must have.</summary>
/// <param name="Title">The title of the kind's section list and breadcrumb: "Decision guides" for <c>guide</c>.</param>
public sealed record KindSchema(string Id, string Folder, IReadOnlyList<string> Required, string Title);

public sealed record NavItem(string Title, string Url);

/// <summary><c>input/playbook.yml</c> as typed records, read once at the start of a build.</summary>
public sealed record PlaybookConfig(
    SiteSettings Site,
    IReadOnlyList<Stage> Stages,
    IReadOnlyList<Phase> Phases,
    IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, KindSchema> Kinds,
    IReadOnlyList<NavItem> Nav)
{
    public Stage? FindStage(string id) => Stages.FirstOrDefault(s => s.Id == id);

    /// <summary>The kinds that get a section list, in <c>playbook.yml</c>'s order: the order of groups on stage pages too.</summary>
    public IEnumerable<KindSchema> Sections => Kinds.Values.Where(Model.Kinds.IsSection);

    public Phase? FindPhase(string id) => Phases.FirstOrDefault(p => p.Id == id);

    public int StageIndex(string id) => Stages.ToList().FindIndex(s => s.Id == id);

    /// <summary>The stage's 1-based position in playbook.yml; 0 for an unknown stage.</summary>
    public int StageNumber(string id) => StageIndex(id) + 1;
}
