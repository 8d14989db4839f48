using Playbook.Diagnostics;
using Playbook.Model;
using Playbook.Pipeline;
using YamlDotNet.RepresentationModel;

namespace Playbook.Modules;

/// <summary>
/// Turns each page's front-matter YAML into a typed <see cref="FrontMatter"/>. Syntax errors,
/// unknown fields and wrong types are reported at the field's own line and column.
/// </summary>
public sealed class ParseFrontMatter : PerPageModule
{
    protected override bool Handles(Page page) => page.Has(ParseMarkdown.FrontMatter);

    protected override Page? Transform(Page page, BuildContext context)
    {
        var (yaml, offset) = page.Get(ParseMarkdown.FrontMatter)!;
        var file = page.SourcePath;
        var root = YamlValues.Parse(yaml, file, offset, context.Diagnostics, "PB0101");
        var data = page.Data.Remove(ParseMarkdown.FrontMatter);
        if (root is null) return (page with { Data = data }).With(ParseMarkdown.Unreadable, true);

        var values = new YamlValues(file, offset, context.Diagnostics, "PB0106");
        if (root is not YamlMappingNode map)
        {
            if (root is YamlScalarNode { Value: null or "" }) return page with { Data = data };
            values.Report(root, "front matter must be fields written as 'name: value', one per line");
            return (page with { Data = data }).With(ParseMarkdown.Unreadable, true);
        }

        var fm = new FrontMatter();
        var positions = new Dictionary<string, SourcePosition>();
        var itemPositions = new Dictionary<string, IReadOnlyList<SourcePosition>>();
        foreach (var (keyNode, node) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var keyPosition = values.PositionOf(keyNode);
            var spec = FrontMatterFields.Find(key);
            if (spec is null)
            {
                context.Report(Diagnostic.Error(file, keyPosition.Line, keyPosition.Column, "PB0105",
                    $"unknown field '{key}'{Suggest.DidYouMean(key, FrontMatterFields.All.Select(f => f.Name))}"));
                continue;
            }
            if (key is "stage" or "stages" && positions.Keys.FirstOrDefault(k => k is "stage" or "stages") is { } other)
            {
                context.Report(Diagnostic.Error(file, keyPosition.Line, keyPosition.Column, "PB0119",
                    $"'{key}' repeats '{other}'; write either 'stage: <id>' or 'stages: [<id>, ...]', not both"));
                continue;
            }
            positions[key] = values.PositionOf(node);
            IReadOnlyList<string> items = [];
            if (spec.Type == FieldType.TextList)
            {
                var written = values.TextItems(node, key);
                itemPositions[key] = written.Select(i => i.Position).ToList();
                items = written.Select(i => i.Value).ToList();
            }
            fm = spec.Set(fm, new FieldValue(node, key, values, items));
        }
        return page with { FrontMatter = fm with { Positions = positions, ItemPositions = itemPositions }, Data = data };
    }
}
