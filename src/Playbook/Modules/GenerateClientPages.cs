using Playbook.Model;
using Playbook.Pipeline;

namespace Playbook.Modules;

/// <summary>
/// Makes the client workspace's pages: the dashboard (<c>/clients/</c>) and the printable report
/// (<c>/clients/report/</c>). Their content is each reader's own clients, kept in the browser, so
/// the build writes only the frame and what the page is for; the browser fills it in.
/// </summary>
public sealed class GenerateClientPages : IModule
{
    public const string DashboardUrl = "/clients/";
    public const string ReportUrl = "/clients/report/";
    public const string DashboardLayout = "clients";
    public const string ReportLayout = "client-report";

    public Task<IReadOnlyList<Page>> ExecuteAsync(IReadOnlyList<Page> pages, BuildContext context)
    {
        IReadOnlyList<Page> output =
        [
            .. pages,
            Generated("clients", DashboardUrl, "Clients",
                "Each client's stage, checklist progress, guide outcomes and notes, kept in this browser only.", DashboardLayout),
            Generated("clients-report", ReportUrl, "Client report",
                "One printed page per client: stage, progress per checklist, guide outcomes and notes.", ReportLayout),
        ];
        return Task.FromResult(output);
    }

    private static Page Generated(string id, string url, string title, string description, string layout) => new()
    {
        SourcePath = "",
        Id = id,
        Url = url,
        Kind = Kinds.Generated,
        FrontMatter = new FrontMatter { Title = title, Description = description, Layout = layout },
    };
}
