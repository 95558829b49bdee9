namespace Signals.Reporting;

/// <summary>
/// The plotly.js bundle shipped inside this library (MIT licence), so charts render with no network. It is a partial
/// bundle of plotly.js 3.7.0 holding only the trace types the kit draws (<see cref="TraceTypes"/>): about 1.15 MB
/// against the 4.85 MB of the full plotly.js-dist-min. No published partial bundle has both heatmap and candlestick,
/// so it is built from the plotly.js npm package the way plotly's own partial bundles are (Reporting/Assets/README.md).
/// A notebook loads it once with <see cref="LoaderHtml"/>; a report page inlines it once.
/// </summary>
public static class PlotlyJs
{
    /// <summary>The version of the embedded bundle (also in its first comment line).</summary>
    public const string Version = "3.7.0";

    /// <summary>
    /// The plotly.js trace types in the bundle: every chart the kit emits uses only these (a test checks each
    /// <see cref="Trace"/> type against this list and the bundle). A new trace type needs a rebuilt bundle.
    /// </summary>
    public static IReadOnlyList<string> TraceTypes { get; } = ["scatter", "bar", "heatmap", "candlestick"];

    private const string ScriptResource = "Signals.Reporting.plotly-signals.min.js";
    private const string LicenseResource = "Signals.Reporting.plotly.js.LICENSE.txt";

    private static readonly Lazy<string> script = new(() => ReadResource(ScriptResource));
    private static readonly Lazy<string> license = new(() => ReadResource(LicenseResource));

    /// <summary>The minified plotly.js source (about 1.15 MB); read from the assembly once and cached.</summary>
    public static string Script => script.Value;

    /// <summary>plotly.js's MIT licence notice.</summary>
    public static string License => license.Value;

    /// <summary>
    /// A <c>&lt;script&gt;</c> element that defines <c>window.Plotly</c> unless a page already has it. Display it once per
    /// notebook (for example from a kernel extension); every later <see cref="ChartHtml.Fragment"/> output waits for it.
    /// </summary>
    public static string LoaderHtml()
    {
        var sb = new System.Text.StringBuilder(Script.Length + 256);
        AppendGuardedScript(sb);
        sb.Append("<div class=\"signals-plotly-loader\" style=\"font:12px sans-serif;color:#6b7280\">plotly.js ")
          .Append(Version).Append(" loaded for Signals charts (offline, embedded).</div>");
        return sb.ToString();
    }

    /// <summary>Appends plotly.js in a script element that does nothing when <c>window.Plotly</c> already exists.</summary>
    internal static void AppendGuardedScript(System.Text.StringBuilder sb)
    {
        // The bundle is an expression statement, so it can sit inside an if block; the guard keeps a second load
        // (a re-run loader cell) from replacing the Plotly object that earlier charts were drawn with.
        sb.Append("<script type=\"text/javascript\">\nif (!window.Plotly) {\n")
          .Append(Script)
          .Append("\n}\n</script>\n");
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(PlotlyJs).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The Signals assembly lacks its embedded resource '{name}'.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        string text = reader.ReadToEnd();
        // A "</script" inside the bundle would end an inline script element early.
        if (text.Contains("</script", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Embedded resource '{name}' contains '</script' and cannot be inlined.");
        return text;
    }
}
