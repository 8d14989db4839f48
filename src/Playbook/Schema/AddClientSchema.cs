using Playbook.Output;
using Playbook.Pipeline;

namespace Playbook.Schema;

/// <summary>Publishes the client file's JSON Schema with the site, at <see cref="ClientSchema.Url"/>.</summary>
public sealed class AddClientSchema : IModule
{
    public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
    {
        IReadOnlyList<Page> output = [.. pages, SiteFiles.File(ClientSchema.Url, ClientSchema.Generate())];
        return Task.FromResult(output);
    }
}
