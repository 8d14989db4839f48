using Playbook.Cli;
using Playbook.Cli.Commands;

return await CommandLine.RunAsync(args, Console.Out, Console.Error);

namespace Playbook.Cli
{
    /// <summary>Arguments → command → exit code: 0 success, 1 content errors, 2 usage errors.</summary>
    public static class CommandLine
    {
        public const int Ok = 0;
        public const int ContentErrors = 1;
        public const int UsageError = 2;

        public const string Usage = """
            playbook — build a consultant playbook into a static site

            Usage: playbook [command] [options]

            Commands:
              build      Build input/ into output/ (the default command)
              check      Run every validation; write nothing
              new        Create a page: playbook new <kind> "<title>"
              preview    Build, serve on http://127.0.0.1:5080 and rebuild on every save
              init       Start a new playbook: playbook init [folder]
              theme      Copy the built-in theme out for full control: playbook theme eject
              import     Bring a Jekyll or Hugo site over: playbook import jekyll|hugo <source>

            Run 'playbook <command> --help' for a command's options.
            """;

        public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
        {
            var command = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "build";
            var rest = args.Length > 0 && !args[0].StartsWith('-') ? args[1..] : args;
            if (args is ["--help"] or ["-h"] or ["help"])
            {
                stdout.WriteLine(Usage);
                return Ok;
            }
            try
            {
                if (command is "build" or "check" or "preview"
                    && Options.Parse(rest, command == "preview" ? PreviewCommand.Flags : BuildCommand.Flags).Get("input", "input") is var input
                    && Directory.Exists(input))
                    YoungGeneration.FitTo(input, args);
                return command switch
                {
                    "build" => await BuildCommand.RunAsync(Options.Parse(rest, BuildCommand.Flags), stdout, stderr, write: true),
                    "check" => await BuildCommand.RunAsync(Options.Parse(rest, BuildCommand.Flags), stdout, stderr, write: false),
                    "new" => NewCommand.Run(Options.Parse(rest, NewCommand.Flags), stdout, stderr),
                    "preview" => await PreviewCommand.RunAsync(Options.Parse(rest, PreviewCommand.Flags), stdout),
                    "init" => InitCommand.Run(Options.Parse(rest, InitCommand.Flags), stdout),
                    "theme" => ThemeCommand.Run(Options.Parse(rest, ThemeCommand.Flags), stdout),
                    "import" => ImportCommand.Run(Options.Parse(rest, ImportCommand.Flags), stdout),
                    _ => throw new UsageException($"unknown command '{command}'; expected build, check, new, preview, init, theme or import"),
                };
            }
            catch (UsageException e)
            {
                stderr.WriteLine($"playbook: {e.Message}");
                stderr.WriteLine("Run 'playbook --help' for usage.");
                return UsageError;
            }
        }
    }
}
