using Playbook.Diagnostics;
namespace Playbook.Files;

/// <summary>
/// What reading one file of an <see cref="IFileSet"/> gave: its bytes, nothing (no file is there),
/// or why a file that is there cannot be read. A build reports the last as PB0122 at the file and
/// goes on, so one unreadable file neither stops a build nor the preview's watch loop.
/// </summary>
public readonly record struct FileRead(byte[]? Bytes, string? Problem)
{
    public const string Rule = "PB0122";

    public static FileRead Missing => default;

    public static FileRead Of(byte[] bytes) => new(bytes, null);

    public static FileRead Unreadable(string problem) => new(null, problem);

    public bool IsMissing => Bytes is null && Problem is null;

    /// <summary>The diagnostic for a file that is there but could not be read; <paramref name="file"/> as diagnostics show it.</summary>
    public Diagnostic Error(string file) => Diagnostic.Error(file, 0, 0, Rule, $"cannot read the file: {Problem}");

    /// <summary>The diagnostic for a file that was listed and is gone when it is read.</summary>
    public static Diagnostic Deleted(string file) =>
        Diagnostic.Error(file, 0, 0, Rule, "the file was deleted while the build was reading the folder; build again");
}
