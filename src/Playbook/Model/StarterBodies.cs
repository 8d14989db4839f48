namespace Playbook.Model;

/// <summary>
/// The body a new page of a kind starts with: a checklist's items, a guide's first step and outcome,
/// a worksheet's fields. <c>playbook new</c> writes it and the web editor offers it, so a page begun
/// either way builds at once and shows the author the kind's syntax.
/// </summary>
public static class StarterBodies
{
    /// <param name="stage">The stage a guide's first outcome places the client in.</param>
    public static string For(string kind, string stage) => kind switch
    {
        Kinds.Checklist => "- [ ] **First thing to settle.** Why it matters.\n- [ ] **Second thing to settle.** Why it matters.\n",
        Kinds.Guide => "## What is the first question? {#start}\n\n- [One answer](#outcome-one)\n\n## Outcome: the first outcome {#outcome-one}\n\nStage: [](xref:" + stage + ")\n\nWhat to do next.\n",
        Kinds.Worksheet => "When and how to use this sheet with a client.\n\n## First part\n\n- What is the first question? ____\n- What is the second? ____ (2 lines)\n",
        _ => "Write the page here.\n",
    };
}
