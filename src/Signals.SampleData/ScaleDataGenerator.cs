using System.Globalization;
using System.Text;
using Signals.Data;

namespace Signals.SampleData;

/// <summary>
/// Writes a synthetic universe of any size in the sample's four file formats (universe.csv, prices.csv, news.csv,
/// news_truth.csv) for the scale benchmark. It streams: one name's bars and headlines are drawn, written and dropped
/// before the next, so a 5,000-name, 25-year universe takes no more memory than one name. The model is plain on
/// purpose — a market factor, a beta and idiosyncratic noise per name, and headlines whose tone (written in words a
/// lexicon reads) drifts the open-to-close returns of the three sessions starting at the first open after them — so
/// the study has a real signal to find. The committed sample (<see cref="SampleDataGenerator"/>) is untouched by it.
/// </summary>
public static class ScaleDataGenerator
{
    private const int MarketStream = 0;
    private const double DriftPerTone = 0.0015;
    private const int DriftSessions = 3;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly string[] Sectors = [.. SampleUniverse.Sectors];
    private static readonly string[] Brokers = ["Ellery Capital", "Harwick Securities", "Dunmore & Co", "Palisade Research", "Kestrel Partners"];
    private static readonly string[] Sources = ["Meridian Wire", "StreetBuzz", "MarketPulse Daily", "Tickertape News"];

    /// <summary>Draws and writes the universe into <paramref name="folder"/> (created if missing); each file appears whole or not at all.</summary>
    public static ScaleDataSummary Write(ScaleDataOptions options, string folder, IProgress<SampleDataProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problem() is { } problem) throw new ArgumentException(problem, nameof(options));
        var calendar = TradingCalendar.UsEquities();
        var days = calendar.TradingDays(options.FirstDay, options.LastDay).ToArray();
        var offsets = Array.ConvertAll(days, d => calendar.Zone.GetUtcOffset(
            NodaTime.Instant.FromDateTimeUtc(d.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc))).ToTimeSpan());
        var market = MarketReturns(options.Seed, days.Length);
        var symbols = new string[options.Symbols];
        for (int i = 0; i < symbols.Length; i++) symbols[i] = Ticker(i);

        // The kit's rule for its output: each file new or written by the kit before; a user's file is refused, not replaced.
        if (File.Exists(folder)) throw new OutputRefusedException($"--out '{folder}' is a file; give a folder to write the universe into.");
        var finals = SampleDataFiles.FileNames.Select(n => Path.GetFullPath(Path.Combine(folder, n))).ToArray();
        foreach (var path in finals) OutputFile.Check(path, SampleDataFiles.Command);
        Directory.CreateDirectory(folder);
        var temps = finals.Select(f => Path.Combine(Path.GetDirectoryName(f)!, $".{Path.GetFileName(f)}.{Guid.NewGuid():N}.tmp")).ToArray();
        long bars = 0, headlines = 0;
        try
        {
            using (var universe = Open(temps[0]))
            using (var prices = Open(temps[1]))
            using (var news = Open(temps[2]))
            using (var truth = Open(temps[3]))
            {
                WriteUniverse(universe, options.Seed, symbols);
                prices.Write("date,symbol,open,high,low,close,volume\n");
                news.Write("id,timestamp,symbols,headline,source\n");
                truth.Write("id,tone,event\n");
                var dateText = Array.ConvertAll(days, d => d.ToString("yyyy-MM-dd", Inv));
                var name = new NameDraw(days.Length);
                for (int i = 0; i < symbols.Length; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var rng = ScaleRandom.For(options.Seed, i + 1);
                    int count = (int)Math.Round(options.HeadlinesPerYear * days.Length / 252.0);
                    name.DrawNews(ref rng, count);
                    name.DrawPrices(ref rng, market);
                    WritePrices(prices, dateText, symbols[i], name);
                    headlines = WriteNews(news, truth, days, offsets, symbols[i], name, ref rng, headlines);
                    bars += days.Length;
                    if ((i + 1) % 10 == 0 || i + 1 == symbols.Length) progress?.Report(new SampleDataProgress(i + 1, symbols.Length));
                }
            }
            foreach (var path in finals) OutputFile.Check(path, SampleDataFiles.Command);   // nothing of the user's appeared meanwhile
            for (int k = 0; k < finals.Length; k++)
            {
                File.Move(temps[k], finals[k], overwrite: true);
                OutputFile.Record(finals[k], SampleDataFiles.Command);
            }
        }
        catch
        {
            foreach (var t in temps) File.Delete(t);
            throw;
        }
        return new ScaleDataSummary(symbols.Length, days.Length, days[0], days[^1], bars, headlines, finals);
    }

    /// <summary>A four-letter ticker from the index (AAAA, AAAB, …): unique, stable, and never a real-looking word list.</summary>
    internal static string Ticker(int index) => string.Create(4, index, static (span, i) =>
    {
        for (int k = 3; k >= 0; k--)
        {
            span[k] = (char)('A' + i % 26);
            i /= 26;
        }
    });

    private static double[] MarketReturns(int seed, int sessions)
    {
        var rng = ScaleRandom.For(seed, MarketStream);
        var r = new double[sessions];
        for (int d = 0; d < sessions; d++) r[d] = 0.0003 + 0.011 * rng.Normal();
        return r;
    }

    private static StreamWriter Open(string path) =>
        new(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16), Utf8NoBom, 1 << 16) { NewLine = "\n" };

    private static void WriteUniverse(TextWriter w, int seed, string[] symbols)
    {
        var rng = ScaleRandom.For(seed, -1);
        var members = new UniverseMember[symbols.Length];
        for (int i = 0; i < symbols.Length; i++)
            members[i] = new UniverseMember(symbols[i], symbols[i] + " Corp", Sectors[i % Sectors.Length], Math.Round(rng.Uniform(1, 15), 1));
        UniverseCsv.Write(w, members);
    }

    private static void WritePrices(TextWriter w, string[] dateText, string symbol, NameDraw name)
    {
        Span<char> line = stackalloc char[160];
        for (int d = 0; d < dateText.Length; d++)
        {
            int n = 0;
            Append(line, ref n, dateText[d]);
            line[n++] = ',';
            Append(line, ref n, symbol);
            Number(line, ref n, name.Open[d], "0.00");
            Number(line, ref n, name.High[d], "0.00");
            Number(line, ref n, name.Low[d], "0.00");
            Number(line, ref n, name.Close[d], "0.00");
            Number(line, ref n, name.Volume[d], "0");
            line[n++] = '\n';
            w.Write(line[..n]);
        }
    }

    private static void Append(Span<char> line, ref int n, string text)
    {
        text.AsSpan().CopyTo(line[n..]);
        n += text.Length;
    }

    private static void Number(Span<char> line, ref int n, double value, string format)
    {
        line[n++] = ',';
        value.TryFormat(line[n..], out int written, format, Inv);
        n += written;
    }

    private static long WriteNews(TextWriter news, TextWriter truth, DateOnly[] days, TimeSpan[] offsets, string symbol, NameDraw name, ref ScaleRandom rng, long written)
    {
        var sb = new StringBuilder(160);
        for (int k = 0; k < name.NewsCount; k++)
        {
            int d = name.NewsDay[k];
            var local = days[d].ToDateTime(TimeOnly.MinValue).AddSeconds(name.NewsSecond[k]);
            var published = new DateTimeOffset(local, offsets[d]);
            string id = "n" + (++written).ToString("00000000", Inv);
            double tone = name.NewsTone[k];
            sb.Clear().Append(id).Append(',').Append(published.ToString("yyyy-MM-dd'T'HH:mm:sszzz", Inv)).Append(',')
              .Append(symbol).Append(',').Append(SampleDataFiles.Field(Headline(symbol, tone, days[d], ref rng))).Append(',')
              .Append(Sources[rng.Next(Sources.Length)]).Append('\n');
            news.Write(sb);
            truth.Write($"{id},{(Math.Round(tone, 2) + 0.0).ToString("0.00", Inv)},{(tone > 0.3 ? "good" : tone < -0.3 ? "bad" : "routine")}\n");
        }
        return written;
    }

    /// <summary>A headline whose wording carries its tone in words a lexicon reads; numbers make each one distinct.</summary>
    private static string Headline(string symbol, double tone, DateOnly day, ref ScaleRandom rng)
    {
        int q = (day.Month - 1) / 3 + 1, pct = 1 + rng.Next(30), target = 10 + rng.Next(400);
        string broker = Brokers[rng.Next(Brokers.Length)];
        if (tone > 0.3)
            return rng.Next(3) switch
            {
                0 => $"{symbol} Corp beats Q{q} {day.Year} estimates as revenue grows {pct}%",
                1 => $"{symbol} upgraded to outperform at {broker}; price target raised to ${target}",
                _ => $"{symbol} Corp raises full-year outlook after record quarter, shares jump {pct}%",
            };
        if (tone < -0.3)
            return rng.Next(3) switch
            {
                0 => $"{symbol} Corp misses Q{q} {day.Year} estimates as sales fall {pct}%",
                1 => $"{symbol} downgraded to underperform at {broker}; price target cut to ${target}",
                _ => $"{symbol} Corp cuts full-year outlook on weak demand, shares slide {pct}%",
            };
        return rng.Next(3) switch
        {
            0 => $"{symbol} Corp to present at {broker} conference on day {pct}",
            1 => $"{symbol} Corp schedules Q{q} {day.Year} earnings call",
            _ => $"{symbol} coverage initiated at {broker} with ${target} target",
        };
    }

    /// <summary>One name's draws, reused from name to name so the generator's memory does not grow with the universe.</summary>
    private sealed class NameDraw(int sessions)
    {
        public readonly double[] Open = new double[sessions], High = new double[sessions], Low = new double[sessions], Close = new double[sessions], Volume = new double[sessions];
        private readonly double[] _drift = new double[sessions];
        public int[] NewsDay = [];
        public int[] NewsSecond = [];
        public double[] NewsTone = [];
        public int NewsCount;

        public void DrawNews(ref ScaleRandom rng, int count)
        {
            if (NewsDay.Length < count)
            {
                NewsDay = new int[count];
                NewsSecond = new int[count];
                NewsTone = new double[count];
            }
            NewsCount = count;
            var keys = new long[count];
            for (int k = 0; k < count; k++)
            {
                // Before the open (04:00–09:15 New York): the first decision point is that session's open.
                int day = rng.Next(sessions), second = 4 * 3600 + rng.Next(5 * 3600 + 15 * 60);
                keys[k] = (long)day * 86_400 + second;
            }
            Array.Sort(keys);
            Array.Clear(_drift);
            for (int k = 0; k < count; k++)
            {
                NewsDay[k] = (int)(keys[k] / 86_400);
                NewsSecond[k] = (int)(keys[k] % 86_400);
                double tone = Math.Clamp(rng.Normal() * 0.7, -1, 1);
                NewsTone[k] = tone;
                for (int s = 0; s < DriftSessions && NewsDay[k] + s < sessions; s++) _drift[NewsDay[k] + s] += DriftPerTone * tone;
            }
        }

        public void DrawPrices(ref ScaleRandom rng, double[] market)
        {
            double beta = rng.Uniform(0.6, 1.4), vol = rng.Uniform(0.01, 0.03), start = rng.Uniform(10, 200);
            double baseVolume = Math.Exp(rng.Uniform(Math.Log(1e5), Math.Log(5e6)));
            double logAnchor = Math.Log(start), prevClose = start;
            for (int d = 0; d < sessions; d++)
            {
                double gap = 0.3 * vol * rng.Normal();
                double body = beta * market[d] + vol * rng.Normal() + _drift[d] - 0.002 * (Math.Log(prevClose) - logAnchor);
                double open = Math.Max(0.5, prevClose * Math.Exp(gap)), close = Math.Max(0.5, open * Math.Exp(body));
                double wickUp = Math.Abs(rng.Normal()) * 0.4 * vol, wickDown = Math.Abs(rng.Normal()) * 0.4 * vol;
                Open[d] = Cents(open);
                Close[d] = Cents(close);
                High[d] = Math.Max(Cents(Math.Max(open, close) * (1 + wickUp)), Math.Max(Open[d], Close[d]));
                Low[d] = Math.Max(0.01, Math.Min(Cents(Math.Min(open, close) * (1 - wickDown)), Math.Min(Open[d], Close[d])));
                Volume[d] = Math.Round(baseVolume * Math.Exp(0.4 * rng.Normal()) / 100) * 100;
                prevClose = Close[d];
            }
        }

        private static double Cents(double x) => Math.Round(x, 2, MidpointRounding.AwayFromZero);
    }
}
