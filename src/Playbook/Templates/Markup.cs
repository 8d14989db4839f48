namespace Playbook.Templates;

/// <summary>HTML the build made itself (rendered Markdown, generated lists) and so may enter a layout unescaped.</summary>
public sealed record Markup(string Html)
{
    public override string ToString() => Html;
}
