using System.Globalization;
using Signals.Data;
using Signals.Features;
using nietras.SeparatedValues;

namespace Signals.SampleData;

/// <summary>
/// The answer key of the sample: news_truth.csv read back, and the true tone laid out the way a research
/// pipeline should see it — summed per symbol on each headline's decision day (the first open after publication).
/// </summary>
public static class SampleTruth
{
    /// <summary>Reads <c>id,tone,event</c> strictly; a bad row names its file, line and column.</summary>
    public static IReadOnlyDictionary<string, PlantedTone> Load(string path)
    {
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "file not found");
        var truth = new Dictionary<string, PlantedTone>(StringComparer.Ordinal);
        try
        {
            using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path);
            var header = reader.Header.ColNames.Select(n => n.Trim().ToLowerInvariant()).ToArray();
            if (!header.SequenceEqual(["id", "tone", "event"]))
                throw new DataFormatException(path, 1, null, $"expected the header 'id,tone,event', found '{string.Join(',', header)}'");
            foreach (var row in reader)
            {
                int line = row.LineNumberFrom;
                if (row.ColCount != 3) throw new DataFormatException(path, line, null, $"expected 3 fields, found {row.ColCount}");
                var id = row[0].ToString().Trim();
                if (id.Length == 0) throw new DataFormatException(path, line, "id", "empty id");
                var text = row[1].ToString();
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var tone) || tone is < -1 or > 1)
                    throw new DataFormatException(path, line, "tone", $"'{text}' is not a tone in [-1, 1]");
                if (!truth.TryAdd(id, new PlantedTone(id, tone, row[2].ToString().Trim())))
                    throw new DataFormatException(path, line, "id", $"duplicate id '{id}'");
            }
        }
        catch (Exception ex) when (ex is not DataFormatException)
        {
            throw new DataFormatException(path, null, null, $"malformed CSV: {ex.Message}", ex);
        }
        return truth;
    }

    /// <summary>
    /// The planted factor: for each (day, symbol) of <paramref name="layout"/>, the sum of the true tones of the
    /// headlines naming that symbol that <see cref="HeadlineAlignment.Align"/> places on that day (first decision point at
    /// the open, then the first panel day on or after it — the rule every signal is built with); 0 where there is none. Headlines deciding outside the panel's days, or naming symbols outside
    /// it, are left out. Correlate it with open(D) → open(D+1) returns to recover the effect.
    /// </summary>
    public static Panel ToneByDecisionDay(IReadOnlyList<NewsItem> news, IReadOnlyDictionary<string, PlantedTone> truth, Panel layout, TradingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(news);
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(calendar);
        var planted = new List<ScoredHeadline>(news.Count);
        foreach (var item in news)
        {
            if (!truth.TryGetValue(item.Id, out var t)) throw new ArgumentException($"No planted tone for headline '{item.Id}'.", nameof(truth));
            planted.Add(new ScoredHeadline(item.Id, item.Published, item.Symbols, t.Tone));
        }
        // The library's point-in-time rule, so the truth is placed exactly where a scored signal would be.
        var tone = new Panel(layout.Dates, layout.Symbols, new double[layout.DayCount * layout.SymbolCount]);
        foreach (var a in HeadlineAlignment.Align(planted, layout.Dates, layout.Symbols, DecisionTiming.Open, out _, calendar: calendar))
            tone[a.Day, a.Symbol] += a.Score;
        return tone;
    }
}
