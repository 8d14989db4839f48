using System.Diagnostics;
using Playbook.Cli;
using Playbook.Tests.Support;

namespace Playbook.Tests.Preview;

public class PreviewCommandTests
{
    [Fact]
    public async Task Ctrl_C_stops_the_server_cleanly_with_exit_code_0()
    {
        // Given 'playbook preview' running in its own process
        using var site = new TempSite(TestSite.Minimal());
        var cli = Path.Combine(AppContext.BaseDirectory, "Playbook.Cli.dll");
        // env resets SIGINT to its default, in case the test runner was started with it ignored.
        var start = new ProcessStartInfo("env", ["--default-signal=INT", "dotnet", cli, "preview", "--port", "0", "--input", site.Input, "--theme", TempSite.Theme])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(PreviewClient.Patience);
        string? line;
        do line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        while (line is not null && !line.StartsWith("Serving http://127.0.0.1:"));
        Assert.NotNull(line);

        // When it gets Ctrl+C (SIGINT)
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString()])) await kill.WaitForExitAsync(timeout.Token);
        var rest = await process.StandardOutput.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        // Then it says so and exits with 0
        Assert.Contains("Stopping.", rest);
        Assert.Equal(CommandLine.Ok, process.ExitCode);
        Assert.Equal("", await process.StandardError.ReadToEndAsync(timeout.Token));
    }

    [Fact]
    public async Task A_port_in_use_is_a_usage_error_that_names_the_port()
    {
        // Given a port another program listens on
        using var site = new TempSite(TestSite.Minimal());
        var other = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        other.Start();
        var port = ((System.Net.IPEndPoint)other.LocalEndpoint).Port;
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        // When preview is asked to use it
        var code = await CommandLine.RunAsync(["preview", "--port", port.ToString(), "--input", site.Input, "--theme", TempSite.Theme], stdout, stderr);
        other.Stop();

        // Then it says so and stops, as for any wrong option
        Assert.Equal(CommandLine.UsageError, code);
        Assert.StartsWith($"playbook: cannot listen on 127.0.0.1:{port}: ", stderr.ToString());
        Assert.Contains("choose another --port", stderr.ToString());
    }

    [Theory]
    [InlineData("--port", "http")]
    [InlineData("--port", "70000")]
    [InlineData("--input", "/no/such/folder")]
    public async Task Bad_options_are_usage_errors(string option, string value)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = await CommandLine.RunAsync(["preview", option, value], stdout, stderr);

        Assert.Equal(CommandLine.UsageError, code);
        Assert.StartsWith("playbook: ", stderr.ToString());
    }
}
