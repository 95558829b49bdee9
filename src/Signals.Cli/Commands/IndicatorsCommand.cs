using System.ComponentModel;
using System.Globalization;
using System.Text;
using Signals.Data;
using Signals.Indicators;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Signals.Cli.Commands;

/// <summary>
/// <c>signals indicators --quotes FILE --indicators SPEC[,SPEC...] --out FILE.csv</c>: one row per bar, a
/// <c>date</c> column, then one column per indicator field named <c>&lt;spec&gt;.&lt;field&gt;</c>; a warm-up
/// (or undefined) value is an empty cell; numbers are shortest round-trip, invariant culture.
/// </summary>
public sealed class IndicatorsCommand(CliHost host) : AsyncCommand<IndicatorsCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--quotes <FILE>")]
        [Description("Price file (date,open,high,low,close,volume; any row order; Yahoo, Stooq, Excel-dated exports).")]
        public string? Quotes { get; init; }

        [CommandOption("--symbol <SYMBOL>")]
        [Description("Symbol to take from a file with a symbol column.")]
        public string? Symbol { get; init; }

        [CommandOption("--adjusted")]
        [Description("Scale open, high and low by Adj Close / Close and use Adj Close (Yahoo exports); without it a file's adjusted close is left unused, and the command says so.")]
        public bool Adjusted { get; init; }

        [CommandOption("--date-format <FORMAT>")]
        [Description("Format of dates no detected shape settles, e.g. d/M/yyyy or M/d/yyyy.")]
        public string? DateFormat { get; init; }

        [CommandOption("--indicators <SPECS>")]
        [Description("Comma-separated specs, e.g. sma:20,ema:20,wma:20,rsi:14,macd:12:26:9,bb:20:2,atr:14,stoch:14:3:3,adx:14,obv,willr:14,cci:20,roc:14,psar:0.02:0.2,vwap[[:2020-12-15T10:00]],donchian:20,keltner:20:2:10,zscore:20,rvol:20,ret,logret.")]
        public string? Indicators { get; init; }

        [CommandOption("--out <FILE>")]
        [Description("Output CSV: a new file or one signals wrote before (a user's file is never overwritten). Written to a temporary file and moved into place, so an error leaves nothing behind. Omit to write to stdout.")]
        public string? Out { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Quotes)) return ValidationResult.Error("--quotes FILE is required.");
            if (string.IsNullOrWhiteSpace(Indicators)) return ValidationResult.Error("--indicators SPEC[,SPEC...] is required.");
            return ValidationResult.Success();
        }
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Task.FromResult(Execute(settings));

    private int Execute(Settings settings)
    {
        // Specs first: a typo should fail before any file is read.
        var specs = IndicatorSpec.ParseList(settings.Indicators!);
        if (settings.Out is not null) OutputFile.Check(settings.Out, "indicators", [settings.Quotes!]);
        var load = PriceCsv.LoadWithReport(settings.Quotes!, new PriceCsvOptions
        {
            UseAdjustedClose = settings.Adjusted,
            DateFormat = settings.DateFormat,
            // Indicators compute on what the file holds (zero quotes included) but refuse a file out of order.
            AllowZeroPrices = true,
            RequireDatesInOrder = true,
        });
        var bars = settings.Symbol is null
            ? (load.Series.Count == 1 ? load.Series[0] : throw new DataFormatException(settings.Quotes!, null, "symbol", $"the file holds {load.Series.Count} symbols; name the one to load with --symbol"))
            : load.Series.FirstOrDefault(s => s.Symbol == settings.Symbol) ?? (load.Series.Count == 1 ? load.Series[0] : null) ?? throw new DataFormatException(settings.Quotes!, null, "symbol", $"no bars for symbol '{settings.Symbol}'");
        foreach (var warning in load.Warnings()) host.Error.WriteLine($"note: {warning}");
        var columns = new List<IndicatorColumn>();
        foreach (var spec in specs) columns.AddRange(spec.Compute(bars));

        if (settings.Out is null)
        {
            using var stdout = new StreamWriter(host.OpenStandardOutput(), new UTF8Encoding(false));
            IndicatorCsv.Write(stdout, bars, columns);
            return 0;
        }

        var target = Path.GetFullPath(settings.Out);
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"The folder of --out does not exist: {folder}");
        OutputFile.WriteText(target, "indicators", writer => IndicatorCsv.Write(writer, bars, columns));
        host.Error.WriteLine($"{bars.Count} bars ({(load.Adjusted ? "adjusted" : "unadjusted")}) × {columns.Count} indicator columns → {settings.Out}");
        return 0;
    }
}

/// <summary>The indicators CSV layout, kept apart from the command so tests can read the exact bytes.</summary>
internal static class IndicatorCsv
{
    public static void Write(TextWriter writer, BarSeries bars, IReadOnlyList<IndicatorColumn> columns)
    {
        writer.Write("date");
        foreach (var c in columns) { writer.Write(','); writer.Write(CsvText.Quote(c.Name)); }
        writer.Write('\n');
        bool dateOnly = Array.TrueForAll(bars.Timestamps, t => t.TimeOfDay == TimeSpan.Zero);
        Span<char> buffer = stackalloc char[64];
        for (int i = 0; i < bars.Count; i++)
        {
            var t = bars.Timestamps[i];
            writer.Write(dateOnly
                ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : t.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture));
            foreach (var c in columns)
            {
                writer.Write(',');
                double v = c.Values[i];
                // No value (warm-up, undefined) and anything non-finite is an empty cell, never "NaN" text.
                if (!double.IsFinite(v)) continue;
                if (c.IsFlag) { writer.Write(v != 0 ? "true" : "false"); continue; }
                v.TryFormat(buffer, out int written, "R", CultureInfo.InvariantCulture);
                writer.Write(buffer[..written]);
            }
            writer.Write('\n');
        }
    }
}
