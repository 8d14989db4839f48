using System.Net;
using System.Text;

namespace Playbook.Templates.Liquid;

/// <summary>What a node tells the loop around it: go on, or a <c>break</c> / <c>continue</c> was met.</summary>
internal enum Flow { Normal, Break, Continue }

/// <summary>One piece of a parsed template. <see cref="Line"/> and <see cref="Column"/> point at its tag, for errors.</summary>
internal abstract record Node(int Line, int Column)
{
    public abstract Flow Render(RenderContext context, StringBuilder output);

    public static Flow RenderAll(IReadOnlyList<Node> nodes, RenderContext context, StringBuilder output)
    {
        // An index, not foreach: an interface's enumerator is a new object, and this runs for every block of every page.
        for (var i = 0; i < nodes.Count; i++)
        {
            var flow = nodes[i].Render(context, output);
            if (flow != Flow.Normal) return flow;
        }
        return Flow.Normal;
    }
}

internal sealed record TextNode(string Text) : Node(0, 0)
{
    public override Flow Render(RenderContext context, StringBuilder output)
    {
        output.Append(Text);
        return Flow.Normal;
    }
}

/// <summary><c>{{ value }}</c>: text is HTML-escaped as it is written, <see cref="Markup"/> is written as the HTML it is.</summary>
internal sealed record OutputNode(Expression Value, int Line, int Column) : Node(Line, Column)
{
    public override Flow Render(RenderContext context, StringBuilder output)
    {
        context.Current = this;
        var value = Value.Evaluate(context);
        output.Append(value is Markup markup ? markup.Html : WebUtility.HtmlEncode(Values.Text(value)));
        return Flow.Normal;
    }
}

internal sealed record IfBranch(Condition? Condition, IReadOnlyList<Node> Body);

/// <summary><c>if</c> / <c>elsif</c> / <c>else</c>, and <c>unless</c> as an <c>if</c> whose first condition is negated.</summary>
internal sealed record IfNode(IReadOnlyList<IfBranch> Branches, bool Negated, int Line, int Column) : Node(Line, Column)
{
    public override Flow Render(RenderContext context, StringBuilder output)
    {
        for (var i = 0; i < Branches.Count; i++)
        {
            var branch = Branches[i];
            context.Current = this;
            var taken = branch.Condition is null || branch.Condition.IsTrue(context) != (Negated && i == 0);
            if (taken) return RenderAll(branch.Body, context, output);
        }
        return Flow.Normal;
    }
}

internal sealed record CaseNode(Expression Subject, IReadOnlyList<(IReadOnlyList<Expression> Values, IReadOnlyList<Node> Body)> Whens,
    IReadOnlyList<Node>? Else, int Line, int Column) : Node(Line, Column)
{
    public override Flow Render(RenderContext context, StringBuilder output)
    {
        context.Current = this;
        var subject = Subject.Evaluate(context);
        foreach (var (values, body) in Whens)
            if (values.Any(v => Values.AreEqual(subject, v.Evaluate(context))))
                return RenderAll(body, context, output);
        return Else is null ? Flow.Normal : RenderAll(Else, context, output);
    }
}

internal sealed record ForNode(string Variable, Expression Collection, Expression? Limit, Expression? Offset, bool Reversed,
    IReadOnlyList<Node> Body, IReadOnlyList<Node>? Else, int Line, int Column) : Node(Line, Column)
{
    public override Flow Render(RenderContext context, StringBuilder output)
    {
        context.Current = this;
        var list = Values.ToList(Collection.Evaluate(context));
        // Most loops take the list as it is; only options make a copy.
        if (Offset is not null || Limit is not null || Reversed)
        {
            IEnumerable<object?> items = list;
            if (Offset is not null) items = items.Skip(Values.ToInt(Offset.Evaluate(context)));
            if (Limit is not null) items = items.Take(Values.ToInt(Limit.Evaluate(context)));
            var copy = items.ToList();
            if (Reversed) copy.Reverse();
            list = copy;
        }
        if (list.Count == 0) return Else is null ? Flow.Normal : RenderAll(Else, context, output);

        var scope = new Dictionary<string, object?>(StringComparer.Ordinal);
        context.Push(scope);
        for (var i = 0; i < list.Count; i++)
        {
            scope[Variable] = list[i];
            scope["forloop"] = new ForLoop(i, list.Count);
            if (RenderAll(Body, context, output) == Flow.Break) break;
        }
        context.Pop();
        return Flow.Normal;
    }
}

internal sealed record LoopControlNode(Flow Flow, int Line, int Column) : Node(Line, Column)
{
    public override Flow Render(RenderContext context, StringBuilder output) => Flow;
}

/// <summary><c>assign</c> sets a variable of the whole render, as Shopify's Liquid does, even from inside a loop.</summary>
internal sealed record AssignNode(string Variable, Expression Value, int Line, int Column) : Node(Line, Column)
{
    public override Flow Render(RenderContext context, StringBuilder output)
    {
        context.Current = this;
        context.Assign(Variable, Value.Evaluate(context));
        return Flow.Normal;
    }
}

internal sealed record CaptureNode(string Variable, IReadOnlyList<Node> Body, int Line, int Column) : Node(Line, Column)
{
    public override Flow Render(RenderContext context, StringBuilder output)
    {
        var captured = new StringBuilder();
        var flow = RenderAll(Body, context, captured);
        // What was captured was written out, so it is HTML already: escaping it again would show its entities.
        context.Assign(Variable, new Markup(captured.ToString()));
        return flow;
    }
}

/// <summary><c>{% include 'name', key: value %}</c>: the include sees the caller's variables, plus its own arguments.</summary>
internal sealed record IncludeNode(string Name, IReadOnlyList<(string Key, Expression Value)> Arguments, int Line, int Column) : Node(Line, Column)
{
    public override Flow Render(RenderContext context, StringBuilder output)
    {
        context.Current = this;
        var template = context.Include(Name);
        var scope = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in Arguments) scope[key] = value.Evaluate(context);
        // On an error the stacks are left as they are: the render stops and reports where it was.
        context.Push(scope);
        context.Enter(template);
        RenderAll(template.Nodes, context, output);
        context.Leave();
        context.Pop();
        return Flow.Normal;
    }
}

/// <summary>The <c>forloop</c> variable: where the loop is. One small object per step, read by name.</summary>
internal sealed record ForLoop(int Index0, int Length)
{
    public object? this[string name] => name switch
    {
        "index" => Index0 + 1,
        "index0" => Index0,
        "rindex" => Length - Index0,
        "rindex0" => Length - Index0 - 1,
        "first" => Index0 == 0,
        "last" => Index0 == Length - 1,
        "length" => Length,
        _ => null,
    };
}
