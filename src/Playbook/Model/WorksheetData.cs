namespace Playbook.Model;

/// <summary>What a worksheet asks its reader to fill in: for the layout's print view and playbook.json.</summary>
public sealed record WorksheetData(IReadOnlyList<WorksheetField> Fields, IReadOnlyList<WorksheetTable> Tables);

/// <summary>A prompt with ruled writing space below it, <see cref="Lines"/> lines high.</summary>
public sealed record WorksheetField(string Prompt, int Lines, string Section);

/// <summary>A table to fill in: its column headings and how many of its rows have a cell left empty.</summary>
public sealed record WorksheetTable(IReadOnlyList<string> Columns, int EmptyRows, string Section);
