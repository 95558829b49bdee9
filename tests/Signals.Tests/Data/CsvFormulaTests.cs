using System.Globalization;
using Signals.Analytics.Protocols;
using Signals.Backtesting;
using Signals.Data;
using Signals.Features;
using Signals.Sentiment;

namespace Signals.Tests.Data;

/// <summary>
/// CSV injection: every CSV writer of the kit writes a text cell a spreadsheet would run as a formula with a leading
/// apostrophe (OWASP), leaves numbers alone, and the loaders read the neutralised text back as it was.
/// </summary>
public sealed class CsvFormulaTests : IDisposable
{
    private readonly TempFiles _files = new();
    public void Dispose() => _files.Dispose();

    private const string Headline = "=HYPERLINK(\"http://x.test\",\"click\")";
    private const string Id = "@SUM(A1:A9)";
    private const string Symbol = "-CMD";

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+41 22", "'+41 22")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("-x", "'-x")]
    [InlineData("-5", "-5")]
    [InlineData("-0.25", "-0.25")]
    [InlineData("-1E-05", "-1E-05")]
    [InlineData("-5% guidance cut", "'-5% guidance cut")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("plain", "plain")]
    [InlineData("'=already", "''=already")]
    [InlineData("'quoted", "'quoted")]
    public void Neutralise_prefixes_formula_text_only_and_is_undone_exactly(string text, string written)
    {
        Assert.Equal(written, CsvText.Neutralise(text));
        Assert.Equal(text, CsvText.Unneutralise(CsvText.Neutralise(text)));
    }

    [Fact]
    public void A_formula_cell_is_neutralised_before_it_is_quoted()
    {
        Assert.Equal("\"'=A1,B1\"", CsvText.Quote("=A1,B1"));
        Assert.Equal("\"'=HYPERLINK(\"\"http://x.test\"\",\"\"click\"\")\"", CsvText.Quote(Headline));
    }

    [Fact]
    public void News_written_with_formula_text_is_neutralised_and_loads_back_unchanged()
    {
        var item = new NewsItem(Id, new DateTimeOffset(2024, 1, 3, 9, 0, 0, TimeSpan.FromHours(-5)), [Symbol], Headline, Source: "+wire");
        var text = Write(w => NewsFile.WriteCsv(w, [item]));
        AssertNoBareFormula(text);
        var path = _files.Write("news.csv", text);

        var back = Assert.Single(NewsFile.Load(path));
        Assert.Equal(Id, back.Id);
        Assert.Equal(Headline, back.Headline);
        Assert.Equal([Symbol], back.Symbols);
        Assert.Equal("+wire", back.Source);

        // Scores written by a scorer join back to that news by the id, through the neutralised form.
        var scores = Write(w => ScoredHeadlineCsv.Write(w, [new SentimentResult { Id = Id, Score = -0.5, Confidence = 0.9, Error = "-bad", Rationale = "=because" }]));
        AssertNoBareFormula(scores);
        Assert.Contains(",-0.5,", scores);                         // a negative number stays a number
        var scored = Assert.Single(ScoredHeadlineCsv.Load(_files.Write("scores.csv", scores), [back], out _));
        Assert.Equal(-0.5, scored.Score);
        Assert.Equal([Symbol], scored.Symbols);
    }

    [Fact]
    public void Trades_prices_bad_rows_universe_and_the_regression_rows_are_neutralised()
    {
        var trades = Write(w => BacktestFiles.WriteTrades(w, [new Trade(Symbol, new DateOnly(2024, 1, 2), null, -10, 5, null, -1.5, -0.03)]));
        AssertNoBareFormula(trades);
        Assert.Contains(",-10,5,,-1.5,-0.03,'-CMD", trades);

        var bars = new BarSeries(Symbol, [new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero)], [1.0], [2.0], [0.5], [1.5], [100.0]);
        var prices = Write(w => PriceCsv.Write(w, [bars]));
        AssertNoBareFormula(prices);
        Assert.Equal(Symbol, Assert.Single(PriceCsv.LoadPanel(_files.Write("prices.csv", prices)).Symbols));

        var badRows = Write(w => BadRow.WriteCsv(w, [new BadRow("=file.csv", 3, "@col", "-reason")]));
        AssertNoBareFormula(badRows);

        var universe = Write(w => UniverseCsv.Write(w, [new UniverseMember(Symbol, Headline, "+sector")]));
        AssertNoBareFormula(universe);

        var llt = _files.PathOf("llt.csv");
        LopezLiraTangCsv.Write(llt, [new SymbolDayObservation(new DateOnly(2024, 1, 2), Symbol, -0.5, -0.01)]);
        AssertNoBareFormula(File.ReadAllText(llt));
        Assert.Equal(Symbol, Assert.Single(LopezLiraTangCsv.Load(llt)).Symbol);
    }

    private static string Write(Action<TextWriter> write)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        write(w);
        return w.ToString();
    }

    /// <summary>No cell of the file (quoted or not) starts with a character a spreadsheet would run as a formula.</summary>
    private static void AssertNoBareFormula(string csv)
    {
        foreach (var line in csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1))
            foreach (var raw in SplitCells(line))
            {
                var cell = raw.Length > 1 && raw[0] == '"' ? raw[1..^1].Replace("\"\"", "\"") : raw;
                if (cell.Length == 0) continue;
                bool formula = cell[0] is '=' or '+' or '@' or '\t' or '\r'
                    || cell[0] == '-' && !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
                Assert.False(formula, $"cell '{cell}' of line '{line}' would run as a formula");
            }
    }

    private static IEnumerable<string> SplitCells(string line)
    {
        int start = 0;
        bool quoted = false;
        for (int i = 0; i <= line.Length; i++)
        {
            if (i == line.Length || line[i] == ',' && !quoted)
            {
                yield return line[start..i];
                start = i + 1;
            }
            else if (line[i] == '"') quoted = !quoted;
        }
    }
}
