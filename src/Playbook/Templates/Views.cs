namespace Playbook.Templates;

// The shapes layouts read. Names become snake_case keys (see LiquidModel).

public sealed record LinkView(string Title, string Url);

public sealed record StageView(string Id, string Title, string Summary, string Url);

public sealed record TagView(string Name, string Url, int Count = 0);

/// <summary>A page as it appears in a list: stage pages, sections, tags, related, backlinks.</summary>
public sealed record ItemView(string Title, string Url, string Description, string Kind, IReadOnlyList<string> Stages);

public sealed record GroupView(string Kind, string Title, IReadOnlyList<ItemView> Items);

public sealed record TocEntry(int Level, string Id, string Text);
