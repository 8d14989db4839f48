using System.Globalization;
using System.Runtime.InteropServices;
using Playbook.Cli.Preview;
using Playbook.Model;
using Playbook.Pipeline;

namespace Playbook.Cli.Commands;

/// <summary><c>playbook preview</c>: build, serve on loopback, rebuild on save, reload open tabs; Ctrl+C stops.</summary>
public static class PreviewCommand
{
    public static readonly string[] Flags = ["port=", "input=", "theme=", "output=", "audience=", "drafts", "timings"];

    public const string Help = """
        Usage: playbook preview [options]

          --port <n>           Port on 127.0.0.1 (default: 5080; 0 picks a free one)
          --input <dir>        Folder with playbook.yml and the Markdown pages (default: input)
          --theme <dir>        Folder whose files override the built-in theme's (default: a
                               theme folder beside the input folder, if there is one)
          --output <dir>       Also write each good build there (default: serve from memory only)
          --audience <who>     public (default) or internal
          --drafts             Include pages marked draft: true
          --timings            After each build, print its five slowest steps

        Saving a file under the input or the theme rebuilds the site and reloads open tabs; a
        failed build shows its errors in the browser. Ctrl+C stops the server.
        """;

    public static async Task<int> RunAsync(Options options, TextWriter stdout)
    {
        if (options.Help) { stdout.WriteLine(Help); return CommandLine.Ok; }
        if (options.Positional.Count > 0) throw new UsageException($"unexpected argument '{options.Positional[0]}'");
        var portText = options.Get("port", PreviewSettings.DefaultPort.ToString(CultureInfo.InvariantCulture));
        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
            throw new UsageException($"--port must be a number from 0 to 65535, not '{portText}'");
        var audience = options.Get("audience", Audiences.Public);
        if (audience is not (Audiences.Public or Audiences.Internal))
            throw new UsageException($"--audience must be public or internal, not '{audience}'");
        var input = options.Get("input", "input");
        if (!Directory.Exists(input)) throw new UsageException($"input folder '{input}' does not exist");
        var theme = ThemeFolder.Find(options.Get("theme"), input);

        var settings = new PreviewSettings(input, theme,
            new BuildOptions { IncludeDrafts = options.Has("drafts"), Audience = audience }, port, options.Get("output"), options.Has("timings"));
        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.TrySetResult();
        }

        PreviewSession session;
        try
        {
            session = await PreviewSession.StartAsync(settings, stdout);
        }
        catch (IOException e)
        {
            throw new UsageException($"cannot listen on 127.0.0.1:{port}: {e.Message}; choose another --port");
        }
        await using (session)
        {
            stdout.WriteLine($"Serving http://127.0.0.1:{session.Port}/ (Ctrl+C to stop)");
            await stop.Task;
            stdout.WriteLine("Stopping.");
        }
        return CommandLine.Ok;
    }
}
