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
    protected override bool Handles(Page page) => page.Data.ContainsKey(ParseMarkdown.FrontMatterYaml);

    protected override Page? Transform(Page page, BuildContext context)
    {
        var yaml = (string)page.Data[ParseMarkdown.FrontMatterYaml];
        var offset = (int)page.Data[ParseMarkdown.FrontMatterLine];
        var file = page.SourcePath;
        var root = YamlValues.Parse(yaml, file, offset, context.Diagnostics, "PB0101");
        var data = page.Data.Remove(ParseMarkdown.FrontMatterYaml).Remove(ParseMarkdown.FrontMatterLine);
        if (root is null) return page with { Data = data.SetItem(ParseMarkdown.FrontMatterUnreadable, true) };

        var values = new YamlValues(file, offset, context.Diagnostics, "PB0106");
        if (root is not YamlMappingNode map)
        {
            if (root is YamlScalarNode { Value: null or "" }) return page with { Data = data };
            values.Report(root, "front matter must be fields written as 'name: value', one per line");
            return page with { Data = data.SetItem(ParseMarkdown.FrontMatterUnreadable, true) };
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
            if (spec.Type == FieldType.TextList)
            {
                var items = values.TextItems(node, key);
                itemPositions[key] = items.Select(i => i.Position).ToList();
                fm = ApplyList(fm, key, items.Select(i => i.Value).ToList());
            }
            else fm = Apply(fm, key, node, values);
        }
        return page with { FrontMatter = fm with { Positions = positions, ItemPositions = itemPositions }, Data = data };
    }

    private static FrontMatter ApplyList(FrontMatter fm, string key, IReadOnlyList<string> items) => key switch
    {
        "stages" => fm with { Stages = items },
        "tags" => fm with { Tags = items },
        "aliases" => fm with { Aliases = items },
        _ => fm,
    };

    private static FrontMatter Apply(FrontMatter fm, string key, YamlNode node, YamlValues v) => key switch
    {
        "title" => fm with { Title = v.Text(node, key) },
        "description" => fm with { Description = v.Text(node, key) },
        "kind" => fm with { Kind = v.Text(node, key) },
        "stage" => fm with { Stages = v.Text(node, key) is { } s ? [s] : [] },
        "phase" => fm with { Phase = v.Text(node, key) },
        "date" => fm with { Date = v.Date(node, key) },
        "updated" => fm with { Updated = v.Date(node, key) },
        "draft" => fm with { Draft = v.Boolean(node, key) ?? false },
        "order" => fm with { Order = v.Integer(node, key) },
        "audience" => fm with { Audience = v.Text(node, key) ?? Audiences.Public },
        "owner" => fm with { Owner = v.Text(node, key) },
        "review_by" => fm with { ReviewBy = v.Date(node, key) },
        "layout" => fm with { Layout = v.Text(node, key) },
        "slug" => fm with { Slug = v.Text(node, key) },
        _ => fm,
    };
}
