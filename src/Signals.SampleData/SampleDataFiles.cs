using System.Globalization;
using System.Text;
using Signals.Data;

namespace Signals.SampleData;

/// <summary>
/// Writes a <see cref="SampleDataset"/> as four CSV files: universe.csv, prices.csv, news.csv and news_truth.csv.
/// Invariant culture, fixed number formats, '\n' line endings, UTF-8 without BOM, RFC 4180 quoting where a field
/// needs it. Each file is written beside its target and moved into place, so a failure leaves no half file.
/// </summary>
public static class SampleDataFiles
{
    public const string UniverseFile = "universe.csv";
    public const string PricesFile = "prices.csv";
    public const string NewsFile = "news.csv";
    public const string TruthFile = "news_truth.csv";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes all four files into <paramref name="folder"/> (created if missing); returns their paths.</summary>
    public static IReadOnlyList<string> Write(SampleDataset dataset, string folder)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        Directory.CreateDirectory(folder);
        return
        [
            WriteAtomically(Path.Combine(folder, UniverseFile), w => WriteUniverse(w, dataset)),
            WriteAtomically(Path.Combine(folder, PricesFile), w => WritePrices(w, dataset)),
            WriteAtomically(Path.Combine(folder, NewsFile), w => WriteNews(w, dataset)),
            WriteAtomically(Path.Combine(folder, TruthFile), w => WriteTruth(w, dataset)),
        ];
    }

    /// <summary>symbol,name,sector,half_spread_bps — the library's universe format (<see cref="UniverseCsv"/>).</summary>
    public static void WriteUniverse(TextWriter w, SampleDataset dataset) => UniverseCsv.Write(w, dataset.Members());

    /// <summary>date,symbol,open,high,low,close,volume — sorted by symbol (universe order), then date.</summary>
    public static void WritePrices(TextWriter w, SampleDataset dataset)
    {
        w.Write("date,symbol,open,high,low,close,volume\n");
        var sb = new StringBuilder(64);
        foreach (var series in dataset.Bars)
        {
            var dates = series.Dates();
            for (int i = 0; i < series.Count; i++)
            {
                sb.Clear();
                sb.Append(dates[i].ToString("yyyy-MM-dd", Inv)).Append(',').Append(series.Symbol).Append(',')
                  .Append(series.Open[i].ToString("0.00", Inv)).Append(',').Append(series.High[i].ToString("0.00", Inv)).Append(',')
                  .Append(series.Low[i].ToString("0.00", Inv)).Append(',').Append(series.Close[i].ToString("0.00", Inv)).Append(',')
                  .Append(series.Volume[i].ToString("0", Inv)).Append('\n');
                w.Write(sb);
            }
        }
    }

    /// <summary>id,timestamp,symbols,headline,source — timestamp ISO 8601 with the New York offset; symbols joined by ';'.</summary>
    public static void WriteNews(TextWriter w, SampleDataset dataset)
    {
        w.Write("id,timestamp,symbols,headline,source\n");
        foreach (var item in dataset.News)
            w.Write($"{Field(item.Id)},{item.Published.ToString("yyyy-MM-dd'T'HH:mm:sszzz", Inv)},{Field(string.Join(';', item.Symbols))},{Field(item.Headline)},{Field(item.Source ?? "")}\n");
    }

    /// <summary>id,tone,event — the planted ground truth, tone with two decimals.</summary>
    public static void WriteTruth(TextWriter w, SampleDataset dataset)
    {
        w.Write("id,tone,event\n");
        foreach (var t in dataset.Truth) w.Write($"{Field(t.Id)},{(t.Tone + 0.0).ToString("0.00", Inv)},{Field(t.Event)}\n");
    }

    /// <summary>The kit's one rule for a text field (formula neutralisation, then RFC 4180 quoting).</summary>
    internal static string Field(string value) => Signals.Data.CsvText.Quote(value);

    private static string WriteAtomically(string path, Action<TextWriter> write)
    {
        var full = Path.GetFullPath(path);
        var temp = full + ".tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new StreamWriter(stream, Utf8NoBom) { NewLine = "\n" })
                write(writer);
            File.Move(temp, full, overwrite: true);
            return full;
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }
}
