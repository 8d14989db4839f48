using System.Diagnostics;
using Playbook.Tests.Support;

namespace Playbook.Tests.Publishing;

public class NetlifyConfigTests
{
    private static readonly NetlifyConfig Config = NetlifyConfig.Load();

    [Fact]
    public void Netlify_runs_the_build_script_and_publishes_the_output_folder()
    {
        Assert.Equal("bash .ci/netlify-build.sh", Config.Values["build.command"]);
        Assert.Equal("output", Config.Values["build.publish"]);
    }

    [Fact]
    public void Production_builds_public_pages_only_and_previews_add_drafts_and_the_banner()
    {
        Assert.Equal("bash .ci/netlify-build.sh", Config.Values["context.production.command"]);
        Assert.Equal("bash .ci/netlify-build.sh --drafts --preview-banner", Config.Values["context.deploy-preview.command"]);
        Assert.Equal("bash .ci/netlify-build.sh --drafts --preview-banner", Config.Values["context.branch-deploy.command"]);
    }

    [Fact]
    public void Every_response_carries_the_security_headers()
    {
        var headers = Config.HeadersFor("/*");
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.Equal("strict-origin-when-cross-origin", headers["Referrer-Policy"]);
        Assert.Equal("camera=(), microphone=(), geolocation=()", headers["Permissions-Policy"]);
        Assert.Equal("DENY", headers["X-Frame-Options"]);
    }

    [Fact]
    public void Csp_allows_only_the_sites_own_files_and_no_inline_code()
    {
        var directives = NetlifyConfig.ContentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ')[1..]);
        Assert.Equal(["'self'"], directives["default-src"]);
        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.Equal(["'self'"], directives["style-src"]);
        Assert.Equal(["'self'"], directives["worker-src"]);
        Assert.Equal(["'self'", "data:"], directives["img-src"]);
        Assert.Equal(["'none'"], directives["object-src"]);
        Assert.Equal(["'self'"], directives["base-uri"]);
        Assert.Equal(["'self'"], directives["form-action"]);
        Assert.Equal(["'none'"], directives["frame-ancestors"]);
        Assert.DoesNotContain("unsafe-inline", NetlifyConfig.ContentSecurityPolicy);
        Assert.DoesNotContain("unsafe-eval", NetlifyConfig.ContentSecurityPolicy);
    }

    [Fact]
    public void The_web_editor_alone_gets_the_relaxations_the_cms_needs_and_keeps_the_rest_of_the_policy()
    {
        // Given the policy for /admin/*, after the one for every path so it is the one sent there
        Assert.True(Config.Headers.FindIndex(h => h.For == "/admin/*") > Config.Headers.FindIndex(h => h.For == "/*"));
        var site = Directives(NetlifyConfig.ContentSecurityPolicy);
        var admin = Directives(Config.HeadersFor("/admin/*")["Content-Security-Policy"]);

        // Then it differs only where the CMS needs it: its pinned scripts on unpkg and the eval of its
        // schema, inline styles, blob: and https images, and blob: for its previews and workers
        var relaxed = new Dictionary<string, string[]>
        {
            ["script-src"] = ["'self'", "'unsafe-eval'", "https://unpkg.com"],
            ["style-src"] = ["'self'", "'unsafe-inline'"],
            ["img-src"] = ["'self'", "data:", "blob:", "https:"],
            ["connect-src"] = ["'self'", "blob:"],
            ["worker-src"] = ["'self'", "blob:"],
        };
        Assert.Equal(site.Keys.Union(relaxed.Keys).Order(), admin.Keys.Order());
        foreach (var (name, values) in admin)
            Assert.Equal(relaxed.GetValueOrDefault(name) ?? site[name], values);
    }

    private static Dictionary<string, string[]> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToDictionary(d => d.Split(' ')[0], d => d.Split(' ')[1..]);

    [Fact]
    public void Fingerprinted_assets_are_cached_for_a_year_and_html_keeps_short_caching()
    {
        Assert.Equal("public, max-age=31536000, immutable", Config.HeadersFor("/assets/*")["Cache-Control"]);
        // Netlify combines a header that two matching rules set, so "/*" must leave Cache-Control
        // to Netlify's default for HTML (max-age=0, must-revalidate) or assets would get both values.
        Assert.DoesNotContain("Cache-Control", Config.HeadersFor("/*").Keys);
    }

    [Fact]
    public void The_service_worker_is_revalidated_on_every_visit_so_a_deploy_replaces_the_offline_copy()
    {
        Assert.Equal("no-cache", Config.HeadersFor("/sw.js")["Cache-Control"]);
    }

    [Fact]
    public async Task The_theme_satisfies_the_csp_with_no_inline_script_style_or_handler()
    {
        var result = await TestSite.BuildDefaultAsync();
        // The web editor is a third-party application with a policy of its own (below).
        foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html") && !f.Path.StartsWith("admin/", StringComparison.Ordinal)))
        {
            var doc = TestSite.Html(result, file.Path);
            Assert.All(doc.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src"), $"{file.Path} has an inline script"));
            Assert.Empty(doc.QuerySelectorAll("style"));
            Assert.Empty(doc.QuerySelectorAll("[style]"));
            Assert.DoesNotContain(doc.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on")));
            Assert.All(doc.QuerySelectorAll("script[src], link[rel=stylesheet]"),
                e => Assert.StartsWith("/", e.GetAttribute("src") ?? e.GetAttribute("href")));
        }
    }

    [Fact]
    public void Build_script_publishes_the_native_binary_once_and_passes_the_context_flags_on()
    {
        // Given a dotnet 10 on the PATH
        using var sandbox = new ScriptSandbox();
        sandbox.Dotnet(sandbox.Bin, "10.0.100", "system");
        // When the preview build runs twice
        var (exit, _) = sandbox.Run("--drafts", "--preview-banner");
        var (again, _) = sandbox.Run("--drafts", "--preview-banner");
        // Then the first run publishes the binary into Netlify's cache, both build with it, and nothing is downloaded
        Assert.Equal(0, exit);
        Assert.Equal(0, again);
        var log = sandbox.Log();
        Assert.Single(log, l => l.StartsWith("system publish ") && l.Contains($"-o {sandbox.Root}/cache/playbook/"));
        Assert.Equal(2, log.Count(l => l == "playbook build --strict --drafts --preview-banner"));
        Assert.DoesNotContain(log, l => l.StartsWith("curl") || l.Contains(" run "));
    }

    [Fact]
    public void Build_script_builds_on_the_runtime_when_no_binary_can_be_published()
    {
        // Given a dotnet whose native publish fails (no C toolchain to link with)
        using var sandbox = new ScriptSandbox();
        sandbox.Dotnet(sandbox.Bin, "10.0.100", "system", publishes: false);
        // When the build runs
        var (exit, _) = sandbox.Run();
        // Then it builds the site through dotnet run instead
        Assert.Equal(0, exit);
        Assert.Equal("system run -c Release --project src/Playbook.Cli -- build --strict", sandbox.Log()[^1]);
    }

    [Fact]
    public void Build_script_uses_the_cached_sdk_when_the_images_dotnet_is_too_old()
    {
        using var sandbox = new ScriptSandbox();
        sandbox.Dotnet(sandbox.Bin, "8.0.400", "system");
        sandbox.Dotnet(Path.Combine(sandbox.Root, "cache", "dotnet"), "10.0.100", "cached");
        var (exit, _) = sandbox.Run();
        Assert.Equal(0, exit);
        Assert.StartsWith("cached publish ", sandbox.Log()[0]);
        Assert.Equal("playbook build --strict", sandbox.Log()[^1]);
    }

    [Fact]
    public void Build_script_installs_the_sdk_with_microsofts_script_when_there_is_none()
    {
        // Given a dotnet with no SDK and no cached one (and a curl that cannot reach the network here)
        using var sandbox = new ScriptSandbox();
        sandbox.Dotnet(sandbox.Bin, "", "system");
        // When the build runs
        var (exit, output) = sandbox.Run();
        // Then it fetches dotnet-install.sh for the cache folder, and stops when that fails
        Assert.NotEqual(0, exit);
        Assert.Contains($"Installing the .NET 10 SDK into {sandbox.Root}/cache/dotnet", output);
        Assert.Equal(["curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh"], sandbox.Log());
    }

    /// <summary>A folder with stand-ins for dotnet and curl that log their calls, so the script runs without an SDK or network.</summary>
    private sealed class ScriptSandbox : IDisposable
    {
        public string Root { get; } = Directory.CreateTempSubdirectory("netlify-build-").FullName;
        public string Bin => Path.Combine(Root, "bin");
        private string LogFile => Path.Combine(Root, "calls.log");

        public ScriptSandbox()
        {
            Directory.CreateDirectory(Bin);
            Stub(Path.Combine(Bin, "curl"), $"echo \"curl $*\" >> '{LogFile}'\nexit 7");
        }

        /// <summary>
        /// A dotnet that reports <paramref name="version"/> (none: no SDK) and logs other calls under
        /// <paramref name="name"/>. Its publish leaves, in the <c>-o</c> folder, a binary that logs
        /// its calls as <c>playbook</c>, or fails when it <paramref name="publishes"/> nothing.
        /// </summary>
        public void Dotnet(string folder, string version, string name, bool publishes = true)
        {
            Directory.CreateDirectory(folder);
            var versionLine = version.Length > 0 ? $"echo {version}; exit 0" : "echo 'No .NET SDKs were found.' >&2; exit 145";
            var binary = Path.Combine(Root, "playbook-binary");
            Stub(binary, $"echo \"playbook $*\" >> '{LogFile}'");
            var publish = publishes
                ? $"while [ $# -gt 0 ]; do [ \"$1\" = -o ] && out=\"$2\"; shift; done; mkdir -p \"$out\"; cp '{binary}' \"$out/Playbook.Cli\"; exit 0"
                : "exit 1";
            Stub(Path.Combine(folder, "dotnet"),
                $"if [ \"$1\" = --version ]; then {versionLine}; fi\necho \"{name} $*\" >> '{LogFile}'\nif [ \"$1\" = publish ]; then {publish}; fi");
        }

        public (int Exit, string Output) Run(params string[] args)
        {
            var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(TestSite.RepoRoot, ".ci", "netlify-build.sh"));
            foreach (var a in args) start.ArgumentList.Add(a);
            start.Environment["PATH"] = $"{Bin}:/usr/bin:/bin";
            start.Environment["NETLIFY_BUILD_BASE"] = Root;
            start.Environment["HOME"] = Root;
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output.Result + error);
        }

        public string[] Log() => File.Exists(LogFile) ? File.ReadAllLines(LogFile) : [];

        private static void Stub(string path, string body)
        {
            File.WriteAllText(path, "#!/usr/bin/env bash\n" + body + "\n");
            // The script is bash: these tests run where bash does, never on Windows.
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }
}
