using Playbook.Model;

namespace Playbook.Pipeline;

/// <summary>What a build was asked to do, from the command line or a test.</summary>
public sealed record BuildOptions
{
    public bool IncludeDrafts { get; init; }
    public string Audience { get; init; } = Audiences.Public;
    public string? BaseUrl { get; init; }
    public bool Strict { get; init; }

    /// <summary>The day review dates are compared with; fixed in tests so they do not age.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Marks every page as a preview (Netlify deploy previews show a banner).</summary>
    public bool PreviewBanner { get; init; }

    /// <summary>Writes the web editor under /admin/ (<c>--no-admin</c> leaves it out).</summary>
    public bool Admin { get; init; } = true;
}
