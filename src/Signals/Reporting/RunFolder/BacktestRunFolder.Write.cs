using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Signals.Analytics;
using Signals.Backtesting;
using Signals.Data;

namespace Signals.Reporting;

public sealed partial class BacktestRunFolder
{
    /// <summary>
    /// Writes a run folder (stats.json, trades.csv, equity.csv, params.json) whole or not at all: into a temporary
    /// sibling first, then moved into place, so a failure leaves <paramref name="folder"/> as it was. Other files
    /// already in the folder (a report written beside the run) are kept; a folder holding files the kit did not
    /// write is refused (<see cref="OutputFolder"/>).
    /// </summary>
    public static void Write(string folder, BacktestResult result, PerformanceStats stats, RunDescription run)
    {
        using var output = Claim(folder, run.Command, run.Inputs.Select(i => i.Path));
        Write(output, result, stats, run);
    }

    /// <summary>Claims <paramref name="folder"/> for a run (see <see cref="OutputFolder.Claim"/>); call it before the run's work.</summary>
    public static OutputFolder Claim(string folder, string command, IEnumerable<string> inputs) => OutputFolder.Claim(folder, command, inputs);

    /// <summary>Writes the run's files into the claimed folder, replacing only the files an earlier run of the same command wrote there.</summary>
    public static void Write(OutputFolder output, BacktestResult result, PerformanceStats stats, RunDescription run) =>
        output.Commit(temp => WriteInto(temp, result, stats, run));

    /// <summary>Writes the run's files into an existing folder (for a caller that builds a larger folder atomically itself).</summary>
    public static void WriteInto(string folder, BacktestResult result, PerformanceStats stats, RunDescription run)
    {
        Directory.CreateDirectory(folder);
        var statsJson = stats.ToJsonNode();
        statsJson["commission"] = result.Costs.Commission;
        statsJson["slippage"] = result.Costs.Slippage;
        statsJson["borrow"] = result.Costs.Borrow;
        statsJson["totalCosts"] = result.Costs.Total;
        AtomicFile.WriteText(Path.Combine(folder, StatsFile), IndentedJson(statsJson));
        AtomicFile.WriteText(Path.Combine(folder, TradesFile), w => BacktestFiles.WriteTrades(w, result.Trades));
        AtomicFile.WriteText(Path.Combine(folder, EquityFile), w => BacktestFiles.WriteEquity(w, result));
        AtomicFile.WriteText(Path.Combine(folder, ParamsFile), IndentedJson(Params(run)));
    }

    /// <summary>JSON with two-space indents and a final newline, as every JSON file of the kit is written.</summary>
    public static string IndentedJson(JsonNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true })) node.WriteTo(writer);
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static JsonObject Params(RunDescription run)
    {
        var options = run.Options;
        var strategyParameters = new JsonObject();
        foreach (var (key, value) in run.Strategy.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
            strategyParameters[key] = Value(value);
        var inputs = new JsonArray();
        foreach (var input in run.Inputs) inputs.Add(Input(input));
        return new JsonObject
        {
            ["command"] = run.Command,
            ["signalsVersion"] = run.Version,
            ["strategy"] = run.Strategy.Name,
            ["strategyParameters"] = strategyParameters,
            ["symbol"] = run.Symbol,
            ["symbols"] = run.Symbols,
            ["firstDate"] = run.FirstDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["lastDate"] = run.LastDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["initialCash"] = options.InitialCash,
            ["fill"] = options.Fill == FillTiming.Close ? "close" : "next-open",
            ["sizing"] = options.Sizing == Sizing.Fractional ? "fractional" : "whole",
            ["longOnly"] = options.LongOnly,
            ["maxWeight"] = double.IsFinite(options.MaxWeight) ? options.MaxWeight : null,
            ["maxGrossLeverage"] = options.MaxGrossLeverage,
            ["periodsPerYear"] = options.PeriodsPerYear,
            ["costs"] = new JsonObject
            {
                ["commissionBps"] = options.Costs.CommissionBps,
                ["commissionPerShare"] = options.Costs.CommissionPerShare,
                ["slippageBps"] = options.Costs.SlippageBps,
                ["borrowBpsPerYear"] = options.Costs.BorrowBpsPerYear,
            },
            ["features"] = run.Features is { Count: > 0 } f ? f.DeepClone() : null,
            ["benchmark"] = run.Benchmark,
            ["seed"] = run.Seed,
            ["inputs"] = inputs,
        };
    }

    /// <summary>A file or folder input with its SHA-256 (<see cref="FileHash.Of"/>: a folder's over every file, by relative path), rows and adjustment when known.</summary>
    private static JsonObject Input(RunInput input)
    {
        var json = new JsonObject { ["role"] = input.Role, ["path"] = input.Path, ["sha256"] = input.Sha256 ?? FileHash.Of(input.Path) };
        if (input.Rows is long rows) json["rows"] = rows;
        if (input.Adjusted is bool adjusted) json["adjusted"] = adjusted;
        return json;
    }

    private static JsonNode? Value(object value) => value switch
    {
        int i => JsonValue.Create(i),
        double d => double.IsFinite(d) ? JsonValue.Create(d) : null,
        bool b => JsonValue.Create(b),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };
}
