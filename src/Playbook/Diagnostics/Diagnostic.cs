namespace Playbook.Diagnostics;

public enum Severity { Warning, Error }

/// <summary>
/// One problem found in the input. Printed in the MSBuild form so that editors and CI
/// annotate the exact line: <c>input/x.md(4,7): error PB0103: message</c>.
/// </summary>
public sealed record Diagnostic(string File, int Line, int Column, Severity Severity, string RuleId, string Message)
{
    public static Diagnostic Error(string file, int line, int column, string ruleId, string message) =>
        new(file, line, column, Severity.Error, ruleId, message);

    public static Diagnostic Warning(string file, int line, int column, string ruleId, string message) =>
        new(file, line, column, Severity.Warning, ruleId, message);

    public Diagnostic AsError() => this with { Severity = Severity.Error };

    public override string ToString()
    {
        var where = Line > 0 ? $"{File}({Line},{Math.Max(Column, 1)})" : File;
        var level = Severity == Severity.Error ? "error" : "warning";
        return $"{where}: {level} {RuleId}: {Message}";
    }
}
