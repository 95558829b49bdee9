using System.Text;

namespace Signals.Reporting;

/// <summary>
/// The one page shell of every HTML file the kit writes — the backtest and study tearsheet, the scorer comparison
/// page and the notebook page: the same head (charset, viewport, generator), the same inline stylesheet, nothing
/// fetched from the network. Each page kind adds only its body.
/// </summary>
public static class HtmlPage
{
    /// <summary>The stylesheet every page inlines, once, in its head.</summary>
    public const string Stylesheet = """
        :root {
          --ink: #1f2937; --muted: #6b7280; --line: #e5e7eb; --panel: #ffffff; --page: #f4f6f9;
          --accent: #1f4e79; --gain: #1b7837; --loss: #b2182b; --warn: #9a6700; --warn-bg: #fff8c5;
        }
        * { box-sizing: border-box; }
        html { background: var(--page); }
        body {
          margin: 0; color: var(--ink); background: var(--page);
          font: 14px/1.45 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
        }
        .page { max-width: 1200px; margin: 0 auto; padding: 24px 28px 40px; }
        header.top { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 18px; }
        header.top h1 { margin: 0 0 4px; font-size: 24px; font-weight: 650; letter-spacing: -0.01em; }
        header.top .meta { color: var(--muted); font-size: 13px; }
        header.top .meta span + span::before { content: "·"; margin: 0 8px; color: #c0c6cf; }
        .kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 10px; margin-bottom: 18px; }
        .kpi { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; }
        .kpi .label { color: var(--muted); font-size: 11px; text-transform: uppercase; letter-spacing: 0.06em; }
        .kpi .value { font-size: 22px; font-weight: 600; font-variant-numeric: tabular-nums; margin-top: 2px; }
        section.card { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 14px 18px; margin-bottom: 16px; }
        section.card > h2 {
          margin: 0 0 10px; font-size: 13px; font-weight: 650; text-transform: uppercase; letter-spacing: 0.07em; color: var(--accent);
        }
        .grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
        .grid2 > section.card { margin-bottom: 0; }
        .grid2 + section.card, .grid2 + .grid2 { margin-top: 16px; }
        .chart { width: 100%; }
        table { border-collapse: collapse; width: 100%; font-size: 13px; }
        th, td { padding: 5px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
        th { color: var(--muted); font-weight: 600; font-size: 12px; background: #f9fafb; }
        tbody tr:nth-child(even) td { background: #fbfcfd; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 11.5px; word-break: break-all; }
        td.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
        .stats-grid { display: grid; grid-template-columns: 1fr 1fr; column-gap: 28px; align-items: start; }
        .stats-grid td:first-child { color: #374151; }
        .pos { color: var(--gain); }
        .neg { color: var(--loss); }
        .gap td { text-align: center; color: var(--muted); font-style: italic; background: #fff; }
        .note { color: var(--muted); font-size: 12.5px; margin: 0 0 8px; }
        dl.assumptions { display: grid; grid-template-columns: 200px 1fr; gap: 6px 16px; margin: 0; }
        dl.assumptions dt { color: var(--muted); font-weight: 600; }
        dl.assumptions dd { margin: 0; }
        .unstated { color: var(--warn); background: var(--warn-bg); padding: 0 6px; border-radius: 3px; }
        footer { color: var(--muted); font-size: 12px; margin-top: 24px; border-top: 1px solid var(--line); padding-top: 10px; }
        table.compare td:not(:first-child), table.compare th:not(:first-child) { text-align: right; font-variant-numeric: tabular-nums; }
        .signals-chart { width: 100%; }
        /* Notebook pages: markdown, each code cell with its outputs. */
        main.page.notebook { max-width: 1100px; }
        .md h1, .md h2, .md h3 { line-height: 1.25; }
        .cell { position: relative; margin: 12px 0 20px; }
        .cell .n { position: absolute; left: -48px; top: 6px; color: #9ca3af; font: 12px ui-monospace, monospace; }
        pre.code { background: #f3f4f6; border-left: 3px solid var(--accent); padding: 8px 12px; overflow-x: auto; font: 13px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; margin: 0; }
        .cell.failed pre.code { border-left-color: var(--loss); }
        .out { margin: 6px 0 0; overflow-x: auto; }
        pre.signals-text { margin: 0; padding: 4px 12px; font: 13px/1.4 ui-monospace, monospace; white-space: pre-wrap; }
        pre.signals-error { margin: 0; padding: 6px 12px; background: #fef2f2; color: #991b1b; white-space: pre-wrap; }
        table.signals-table { width: auto; }
        @media (max-width: 860px) { .grid2, .stats-grid { grid-template-columns: 1fr; } }
        @media print {
          html, body { background: #fff; }
          .page { max-width: none; padding: 0; }
          section.card, .kpi { break-inside: avoid; border-color: #ccc; }
        }
        """;

    /// <summary>The kit's version as the pages print it (the generator tag and footers).</summary>
    public static string LibraryVersion { get; } =
        typeof(HtmlPage).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            is [System.Reflection.AssemblyInformationalVersionAttribute a, ..] ? a.InformationalVersion.Split('+')[0] : "0.0.0";

    /// <summary>
    /// Appends the doctype, the head (title escaped, the stylesheet) and the opening body tag. The caller appends the
    /// body's content, then <see cref="AppendEnd"/>.
    /// </summary>
    public static StringBuilder AppendStart(StringBuilder sb, string title)
    {
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<meta name=\"generator\" content=\"Signals ").Append(HtmlText.Escape(LibraryVersion)).Append("\">\n<title>");
        HtmlText.Append(sb, title).Append("</title>\n<style>\n").Append(Stylesheet).Append("</style>\n</head>\n<body>\n");
        return sb;
    }

    /// <summary>Closes the body and the document.</summary>
    public static StringBuilder AppendEnd(StringBuilder sb) => sb.Append("</body>\n</html>\n");
}
