namespace Playbook.Cli;

public sealed class UsageException(string message) : Exception(message);

/// <summary>Parsed command-line options: <c>--name value</c> pairs, <c>--switch</c> flags and positional words.</summary>
public sealed class Options
{
    private readonly Dictionary<string, string> _values = [];
    private readonly HashSet<string> _switches = [];

    public List<string> Positional { get; } = [];

    public bool Help => _switches.Contains("help");

    public string Get(string name, string fallback) => _values.GetValueOrDefault(name, fallback);

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public bool Has(string name) => _switches.Contains(name);

    /// <summary><paramref name="flags"/> lists each option; a trailing '=' marks one that takes a value.</summary>
    public static Options Parse(string[] args, string[] flags)
    {
        var options = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h") { options._switches.Add("help"); continue; }
            if (!arg.StartsWith("--")) { options.Positional.Add(arg); continue; }
            var name = arg[2..];
            string? inline = null;
            if (name.Contains('=')) (name, inline) = (name[..name.IndexOf('=')], name[(name.IndexOf('=') + 1)..]);
            if (flags.Contains(name + "="))
            {
                var value = inline ?? (i + 1 < args.Length ? args[++i] : throw new UsageException($"--{name} needs a value"));
                options._values[name] = value;
            }
            else if (flags.Contains(name) && inline is null) options._switches.Add(name);
            else throw new UsageException($"unknown option '{arg}'");
        }
        return options;
    }
}
