using Playbook.Model;
using Playbook.Pipeline;

namespace Playbook.Schema;

/// <summary>Publishes the front-matter JSON Schema with the site, at <see cref="FrontMatterSchema.Url"/>.</summary>
public sealed class AddFrontMatterSchema : IModule
{
    public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
    {
        var schema = new Page
        {
            SourcePath = "",
            Id = "frontmatter-schema",
            Url = FrontMatterSchema.Url,
            Kind = Kinds.Generated,
            Bytes = FrontMatterSchema.Generate(context.Config),
        };
        IReadOnlyList<Page> output = [.. pages, schema];
        return Task.FromResult(output);
    }
}
