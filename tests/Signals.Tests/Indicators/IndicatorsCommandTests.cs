using System.Globalization;
using Signals.Data;
using Signals.Indicators;

namespace Signals.Tests.Indicators;

/// <summary>The `signals indicators` command end to end, on files the test writes itself.</summary>
public class IndicatorsCommandTests
{
    private static string WriteQuotes(TempFiles temp, BarSeries bars, string name = "quotes.csv")
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        PriceCsv.Write(w, [bars], includeSymbol: false);
        return temp.Write(name, w.ToString());
    }

    [Fact]
    public void WritesOneColumnPerFieldWithEmptyWarmUpsAndRoundTripNumbers()
    {
        using var temp = new TempFiles();
        var bars = RandomBars.Walk(5, 120);
        var quotes = WriteQuotes(temp, bars);
        var output = temp.PathOf("out.csv");
        var r = CliRunner.Run(temp.Root, "indicators", "--quotes", quotes, "--indicators", "sma:20,macd:12:26:9,psar:0.02:0.2", "--out", output);
        Assert.True(r.ExitCode == 0, r.Stderr);

        var lines = File.ReadAllLines(output);
        Assert.Equal("date,sma:20.sma,macd:12:26:9.macd,macd:12:26:9.signal,macd:12:26:9.histogram,macd:12:26:9.fastEma,macd:12:26:9.slowEma,psar:0.02:0.2.sar,psar:0.02:0.2.isReversal", lines[0]);
        Assert.Equal(121, lines.Length);
        var sma = bars.Sma(20);
        var sar = bars.ParabolicSar();
        for (int i = 0; i < bars.Count; i++)
        {
            var cells = lines[i + 1].Split(',');
            Assert.Equal(bars.Timestamps[i].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), cells[0]);
            if (double.IsNaN(sma[i])) Assert.Equal("", cells[1]);
            else Assert.Equal(sma[i], double.Parse(cells[1], CultureInfo.InvariantCulture)); // exact: round-trip format
            Assert.Equal(double.IsNaN(sar.Sar[i]) ? "" : sar.IsReversal[i] ? "true" : "false", cells[8]);
        }
        Assert.Empty(Directory.GetFiles(temp.Root, "*.tmp"));
    }

    [Fact]
    public void IntradayBarsKeepTheirTimeOfDay()
    {
        using var temp = new TempFiles();
        var quotes = temp.Write("intraday.csv", "date,open,high,low,close,volume\n2024-03-01 09:30,10,11,9,10.5,100\n2024-03-01 09:31,10.5,11,10,10.8,200\n");
        var r = CliRunner.Run(temp.Root, "indicators", "--quotes", quotes, "--indicators", "vwap,vwap:2024-03-01T09:31");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("2024-03-01T09:30:00", lines[1]);
        Assert.EndsWith(",", lines[1]); // anchored VWAP has no value before its anchor
        Assert.StartsWith("2024-03-01T09:31:00", lines[2]);
    }

    [Fact]
    public void BadRowsFailNamingTheLineAndWriteNothing()
    {
        using var temp = new TempFiles();
        var quotes = temp.Write("bad.csv", "date,open,high,low,close,volume\n2024-01-02,1,2,0.5,1.5,10\n2024-01-03,1,2,0.5,,10\n");
        var output = temp.PathOf("out.csv");
        var r = CliRunner.Run(temp.Root, "indicators", "--quotes", quotes, "--indicators", "sma:2", "--out", output);
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("line 3", r.Stderr);
        Assert.False(File.Exists(output));
        Assert.Single(Directory.GetFiles(temp.Root));
    }

    [Fact]
    public void AnUnknownSpecFailsBeforeReadingQuotes()
    {
        using var temp = new TempFiles();
        var output = temp.PathOf("out.csv");
        var r = CliRunner.Run(temp.Root, "indicators", "--quotes", temp.PathOf("missing.csv"), "--indicators", "sma:20,kama:10", "--out", output);
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("Unknown indicator 'kama'", r.Stderr);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void AMissingOutputFolderIsAClearError()
    {
        using var temp = new TempFiles();
        var quotes = WriteQuotes(temp, RandomBars.Walk(6, 30));
        var r = CliRunner.Run(temp.Root, "indicators", "--quotes", quotes, "--indicators", "sma:5", "--out", temp.PathOf("nowhere/out.csv"));
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("folder of --out does not exist", r.Stderr);
    }

    [Fact]
    public void ADescendingFileIsReadAscending()
    {
        using var temp = new TempFiles();
        var quotes = temp.Write("desc.csv", "date,open,high,low,close,volume\n2024-01-04,3,3,3,3,1\n2024-01-03,2,2,2,2,1\n2024-01-02,1,1,1,1,1\n");
        var r = CliRunner.Run(temp.Root, "indicators", "--quotes", quotes, "--indicators", "sma:2");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal("date,sma:2.sma\n2024-01-02,\n2024-01-03,1.5\n2024-01-04,2.5\n", r.Stdout);
    }
}
