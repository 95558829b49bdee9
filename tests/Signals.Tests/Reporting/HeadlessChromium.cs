using System.Diagnostics;

namespace Signals.Tests.Reporting;

/// <summary>
/// Runs the system Chromium headless against a local file. Offline by construction: every host name resolves to
/// nothing, so a page that reached for the network would show it as a failed resource.
/// </summary>
internal static class HeadlessChromium
{
    public const string InstallHint =
        "Headless Chromium is required for the tearsheet rendering test and was not found. Install it with " +
        "`apt-get update && apt-get install -y chromium` (Debian/Ubuntu), or set SIGNALS_CHROMIUM to a Chrome/Chromium executable.";

    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("SIGNALS_CHROMIUM");
        if (!string.IsNullOrEmpty(configured)) return File.Exists(configured) ? configured : null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" })
            foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }

    /// <summary>Loads <paramref name="htmlPath"/>, lets virtual time run, and returns the serialised DOM (or takes a screenshot).</summary>
    public static string Run(string executable, string htmlPath, string? screenshotPath = null, int windowHeight = 2400)
    {
        var profile = Directory.CreateTempSubdirectory("signals-chromium-");
        try
        {
            var psi = new ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--host-resolver-rules=MAP * ~NOTFOUND",
                "--user-data-dir=" + profile.FullName, "--virtual-time-budget=15000", "--window-size=1280," + windowHeight,
            }) psi.ArgumentList.Add(arg);
            psi.ArgumentList.Add(screenshotPath is null ? "--dump-dom" : "--screenshot=" + screenshotPath);
            psi.ArgumentList.Add(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri);
            using var process = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start {executable}.");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Chromium did not finish within 3 minutes on {htmlPath}.");
            }
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"Chromium exited {process.ExitCode}: {stderr.Result}");
            return stdout.Result;
        }
        finally
        {
            try { profile.Delete(recursive: true); } catch (IOException) { /* Chromium may still hold a lock file briefly */ }
        }
    }
}
