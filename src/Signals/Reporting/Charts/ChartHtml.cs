using System.Security.Cryptography;
using System.Text;

namespace Signals.Reporting;

/// <summary>HTML for a figure: a notebook fragment, or a whole offline page.</summary>
public static class ChartHtml
{
    private static int fragmentCounter;

    /// <summary>
    /// A <c>&lt;div&gt;</c> plus a <c>&lt;script&gt;</c> that draws <paramref name="figure"/> as soon as <c>window.Plotly</c>
    /// exists. With <paramref name="includePlotlyJs"/> false (the notebook default) plotly.js must come from
    /// <see cref="PlotlyJs.LoaderHtml"/>, displayed once per notebook — the script waits up to 30 s for it, so a chart cell
    /// may even render before the loader cell finishes; otherwise the div says how to load it. With true, the 1.15 MB
    /// bundle is included (guarded, so it is evaluated only once per page). The div <paramref name="id"/> defaults to one
    /// derived from the figure's JSON and a per-process counter, so every output gets its own.
    /// </summary>
    public static string Fragment(Figure figure, bool includePlotlyJs = false, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(figure);
        string json = figure.ToJson();
        id ??= DefaultId(json);
        ValidateId(id);
        var sb = new StringBuilder(json.Length + 1024 + (includePlotlyJs ? PlotlyJs.Script.Length : 0));
        if (includePlotlyJs) PlotlyJs.AppendGuardedScript(sb);
        AppendDiv(sb, id, figure.Layout.Height);
        sb.Append("<script type=\"text/javascript\">\n(function () {\n  var id = \"").Append(id).Append("\";\n  var figure = ")
          .Append(json).Append(";\n").Append(DrawWhenPlotlyLoads);
        return sb.ToString();
    }

    // Polls rather than listening for an event: the loader may have run in an earlier cell, a later one, or not at all.
    private const string DrawWhenPlotlyLoads = """
          // Found through this script's own parent too, for front ends that render outputs in a shadow root.
          var host = document.currentScript && document.currentScript.parentNode;
          function target() { return document.getElementById(id) || (host && host.querySelector && host.querySelector("#" + id)); }
          function draw() {
            var el = target();
            if (el) window.Plotly.newPlot(el, figure.data, figure.layout, figure.config);
          }
          if (window.Plotly) { draw(); return; }
          var waited = 0;
          var timer = setInterval(function () {
            if (window.Plotly) { clearInterval(timer); draw(); return; }
            waited += 100;
            if (waited >= 30000) {
              clearInterval(timer);
              var el = target();
              if (el) el.textContent = "plotly.js is not loaded: display Signals.Reporting.PlotlyJs.LoaderHtml() once in this notebook.";
            }
          }, 100);
        })();
        </script>

        """;

    /// <summary>A complete, offline HTML page with one figure (plotly.js inlined).</summary>
    public static string Document(Figure figure, string? pageTitle = null)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var sb = new StringBuilder(PlotlyJs.Script.Length + 4096);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
          .Append(HtmlText.Escape(pageTitle ?? figure.Layout.Title ?? "Chart"))
          .Append("</title>\n</head>\n<body style=\"margin:16px;background:#fff\">\n");
        sb.Append(Fragment(figure, includePlotlyJs: true, id: "signals-chart"));
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    internal static void AppendDiv(StringBuilder sb, string id, int height) =>
        sb.Append("<div id=\"").Append(id).Append("\" class=\"signals-chart\" style=\"width:100%;height:")
          .Append(height.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("px\"></div>\n");

    internal static void ValidateId(string id)
    {
        bool ok = id.Length > 0 && char.IsAsciiLetter(id[0]);
        foreach (char c in id) ok &= char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
        if (!ok) throw new ArgumentException($"Chart id '{id}' must start with a letter and hold only letters, digits, '-' and '_'.", nameof(id));
    }

    private static string DefaultId(string json)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(json), hash);
        int n = Interlocked.Increment(ref fragmentCounter);
        return "signals-chart-" + Convert.ToHexStringLower(hash[..5]) + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
