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

    /// <summary>The four files, in the order they are written.</summary>
    public static IReadOnlyList<string> FileNames { get; } = [UniverseFile, PricesFile, NewsFile, TruthFile];

    /// <summary>The command that owns the files in the folder's <c>.signals-output.json</c> marker.</summary>
    public const string Command = "sample-data";

    /// <summary>
    /// Checks, before anything is generated, that <paramref name="folder"/> may receive the four files: each is new,
    /// listed in the folder's kit marker, or starts with the header the kit would write (the final say on such a file is
    /// <see cref="Write"/>'s byte comparison). Every other file in the folder is never looked at or touched.
    /// Throws <see cref="OutputRefusedException"/> otherwise.
    /// </summary>
    public static void Check(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (File.Exists(folder)) throw new OutputRefusedException($"--out '{folder}' is a file; give a folder to write the sample into.");
        foreach (var name in FileNames)
        {
            var path = Path.Combine(folder, name);
            if (Directory.Exists(path)) throw new OutputRefusedException($"'{path}' is a folder; the sample writes a file of that name.");
            if (File.Exists(path) && !OutputFile.WrittenByKit(path) && FirstLine(path)?.StartsWith(HeaderOf(name), StringComparison.Ordinal) != true)
                throw NotOurs(path);
        }
    }

    /// <summary>
    /// Writes the four files into <paramref name="folder"/> (created if missing); returns their paths. The kit replaces
    /// only what it wrote: a file listed in the folder's marker, or one byte-identical to what it would write (the
    /// committed <c>data/sample</c>, regenerated with its seed, which is then left untouched). A different file of that
    /// name refuses the whole write before any file changes; no other file in the folder is touched.
    /// </summary>
    public static IReadOnlyList<string> Write(SampleDataset dataset, string folder)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        Check(folder);
        var contents = new[]
        {
            Render(w => WriteUniverse(w, dataset)), Render(w => WritePrices(w, dataset)),
            Render(w => WriteNews(w, dataset)), Render(w => WriteTruth(w, dataset)),
        };
        var paths = FileNames.Select(n => Path.GetFullPath(Path.Combine(folder, n))).ToArray();
        var same = new bool[paths.Length];
        for (int i = 0; i < paths.Length; i++)
        {
            if (!File.Exists(paths[i])) continue;
            same[i] = new FileInfo(paths[i]).Length == contents[i].Length && File.ReadAllBytes(paths[i]).AsSpan().SequenceEqual(contents[i]);
            if (!same[i] && !OutputFile.WrittenByKit(paths[i])) throw NotOurs(Path.Combine(folder, FileNames[i]));
        }
        if (same.All(s => s)) return paths;   // already exactly this sample: nothing to write, no marker to add
        for (int i = 0; i < paths.Length; i++)
            if (!same[i]) AtomicFile.WriteBytes(paths[i], contents[i]);
        foreach (var path in paths) OutputFile.Record(path, Command);
        return paths;
    }

    private static OutputRefusedException NotOurs(string path) => new(
        $"'{path}' exists and was not written by signals sample-data; give another --out folder or move the file away (signals never overwrites files it did not write).");

    private static string HeaderOf(string name) => name switch
    {
        UniverseFile => "symbol,name,sector",
        PricesFile => "date,symbol,open,high,low,close,volume",
        NewsFile => "id,timestamp,symbols,headline,source",
        _ => "id,tone,event",
    };

    private static string? FirstLine(string path)
    {
        using var reader = new StreamReader(path, Utf8NoBom);
        return reader.ReadLine();
    }

    private static byte[] Render(Action<TextWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, Utf8NoBom, 1 << 16, leaveOpen: true) { NewLine = "\n" }) write(writer);
        return stream.ToArray();
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
}
