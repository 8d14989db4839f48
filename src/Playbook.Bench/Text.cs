using System.Text;

namespace Playbook.Bench;

/// <summary>
/// Plausible consulting prose from a fixed seed: the same seed always gives the same words, so
/// two runs of the benchmark build byte-identical corpora.
/// </summary>
public sealed class Text(int seed)
{
    private static readonly string[] Words =
    [
        "client", "social", "media", "strategy", "account", "audience", "goal", "measure", "review", "stage",
        "phase", "consultant", "business", "team", "manager", "customer", "channel", "message", "reply", "post",
        "campaign", "budget", "report", "plan", "listen", "answer", "publish", "trust", "voice", "brand",
        "policy", "training", "owner", "handover", "contract", "meeting", "month", "quarter", "evidence", "signal",
        "question", "decision", "risk", "issue", "reputation", "support", "sales", "research", "relationship", "network",
        "culture", "change", "leader", "sponsor", "board", "value", "result", "effort", "content", "calendar",
        "schedule", "response", "complaint", "feedback", "survey", "insight", "metric", "target", "baseline", "trend",
        "pilot", "scope", "service", "supplier", "agency", "in-house", "outsourced", "governance", "approval", "workflow",
        "platform", "profile", "follower", "reach", "engagement", "lead", "enquiry", "applicant", "partner", "community",
        "clear", "simple", "early", "written", "shared", "weekly", "honest", "senior", "public", "private",
        "slow", "quick", "careful", "practical", "measurable", "visible", "useful", "small", "steady", "open",
        "agree", "decide", "check", "write", "share", "plan", "track", "compare", "explain", "start",
        "the", "a", "of", "to", "and", "with", "for", "before", "after", "when", "each", "every", "their", "its",
    ];

    private static readonly string[] Nouns = Words[..90];

    private readonly Random _random = new(seed);

    public int Next(int max) => _random.Next(max);

    public int Next(int min, int max) => _random.Next(min, max);

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public string Word() => Pick(Words);

    public string Noun() => Pick(Nouns);

    public string Title(int words)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            var w = Noun();
            sb.Append(i == 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w);
            if (i < words - 1) sb.Append(' ');
        }
        return sb.ToString();
    }

    public string Sentence(int min = 8, int max = 16)
    {
        var count = _random.Next(min, max);
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var w = i % 5 == 3 ? Noun() : Word();
            if (i == 0) w = char.ToUpperInvariant(w[0]) + w[1..];
            else sb.Append(' ');
            sb.Append(w);
        }
        return sb.Append('.').ToString();
    }

    public string Paragraph(int sentences)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append(Sentence());
        }
        return sb.ToString();
    }
}
