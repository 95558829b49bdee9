using Signals.Data;
using Signals.Features;

namespace Signals.Analytics.EventStudies;

/// <summary>The events of a study as parallel arrays: decision-day row, symbol column, score.</summary>
internal sealed class EventList(int[] days, int[] symbols, double[] scores)
{
    public int[] Days { get; } = days;
    public int[] Symbols { get; } = symbols;
    public double[] Scores { get; } = scores;
    public int Count => Days.Length;

    /// <param name="dropped">Headlines whose decision point falls outside the panel or that name no panel symbol.</param>
    public static EventList From(IEnumerable<ScoredHeadline> headlines, BarPanel prices, EventStudyOptions options, out int dropped)
    {
        // Each aligned score goes straight into the events (or their per-day sums): no 24-byte aligned record per
        // headline is held beside them (360 MB at 15 M headlines).
        int expected = headlines is IReadOnlyCollection<ScoredHeadline> known ? known.Count : 0;
        if (options.Unit == EventUnit.Headline)
        {
            var events = new HeadlineEvents(expected);
            dropped = HeadlineAlignment.AlignInto(headlines, prices.Dates, prices.Symbols, options.Timing, null, options.Calendar, events);
            return events.ToList();
        }
        // One event per (day, symbol): the mean score of its headlines, in panel order so results do not depend on feed order.
        var sums = new SymbolDaySums(new GroupedSums(expected), prices.SymbolCount);
        dropped = HeadlineAlignment.AlignInto(headlines, prices.Dates, prices.Symbols, options.Timing, null, options.Calendar, sums);
        return sums.ToList();
    }

    /// <summary>One event per aligned score, in alignment order.</summary>
    private sealed class HeadlineEvents(int capacity) : HeadlineAlignment.ISink
    {
        private int[] _days = new int[capacity], _symbols = new int[capacity];
        private double[] _scores = new double[capacity];
        private int _count;

        public void Add(AlignedScore score)
        {
            if (_count == _days.Length)
            {
                int size = Math.Max(16, _count * 2);
                Array.Resize(ref _days, size);
                Array.Resize(ref _symbols, size);
                Array.Resize(ref _scores, size);
            }
            _days[_count] = score.Day; _symbols[_count] = score.Symbol; _scores[_count] = score.Score;
            _count++;
        }

        public EventList ToList()
        {
            Array.Resize(ref _days, _count);
            Array.Resize(ref _symbols, _count);
            Array.Resize(ref _scores, _count);
            return new EventList(_days, _symbols, _scores);
        }
    }

    /// <summary>The aligned scores summed per (day, symbol) cell, in arrival order.</summary>
    private sealed class SymbolDaySums(GroupedSums sums, int symbolCount) : HeadlineAlignment.ISink
    {
        public void Add(AlignedScore score) => sums.Add((long)score.Day * symbolCount + score.Symbol, score.Score);

        public EventList ToList()
        {
            var groups = sums.Groups();
            int groupCount = groups.Count;
            var days = new int[groupCount];
            var syms = new int[groupCount];
            var scores = new double[groupCount];
            int n = 0;
            foreach (var (key, sum, count) in groups)
            {
                days[n] = (int)(key / symbolCount); syms[n] = (int)(key % symbolCount); scores[n] = sum / count;
                n++;
            }
            return new EventList(days, syms, scores);
        }
    }
}
