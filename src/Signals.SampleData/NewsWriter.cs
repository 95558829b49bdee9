namespace Signals.SampleData;

/// <summary>
/// The newsroom: walks the calendar one day at a time and writes what happened to each company — research notes,
/// corporate events, routine items and chatter at fixed yearly rates, the quarterly earnings cycle, sector stories —
/// and, once a session's bar exists, reports of the day's big moves. Each headline's effect is planted in
/// <see cref="NewsImpact"/> as it is written, before the prices it touches are built.
/// </summary>
internal sealed class NewsWriter
{
    // Expected items per company per year of trading days, by family.
    private const double AnalystPerYear = 26, CorporatePerYear = 22, RoutinePerYear = 11, ChatterPerYear = 10;
    private const double SectorStoryChance = 0.10;
    private const double TradingDaysPerYear = 252;

    private static readonly int[] AfterCloseReleaseMinutes = [1, 5, 10, 15];
    private static readonly NewsEventKind[] ChatterFamily = [NewsEvents.Chatter];

    private readonly CompanyProfile[] _profiles;
    private readonly SampleSession _session;
    private readonly NewsImpact _impact;
    private readonly PriceModel _prices;
    private readonly Random _rng, _movesRng, _wordingRng;
    private readonly HeadlineWriter _words;
    private readonly List<EarningsReport> _byReport, _byNotice;
    private readonly List<NewsDraft> _drafts = new(32_000);
    private int _nextReport, _nextNotice;
    private int _pricedDays;

    public NewsWriter(CompanyProfile[] profiles, SampleSession session, NewsImpact impact, PriceModel prices,
        List<EarningsReport> reports, Random eventRng, Random movesRng, Random wordingRng)
    {
        _profiles = profiles;
        _session = session;
        _impact = impact;
        _prices = prices;
        _rng = eventRng;
        _movesRng = movesRng;
        _wordingRng = wordingRng;
        _words = new HeadlineWriter(profiles, wordingRng);
        _byReport = reports.OrderBy(r => r.ReportDate).ThenBy(r => r.Company).ToList();
        _byNotice = reports.OrderBy(r => r.NoticeDate).ThenBy(r => r.Company).ToList();
    }

    public IReadOnlyList<NewsDraft> Drafts => _drafts;

    /// <summary>Tells the writer that bars exist through this day, so nothing with a tone may land on it any more.</summary>
    public void PricedThrough(int day) => _pricedDays = day + 1;

    public void WriteDay(DateOnly date)
    {
        bool trading = _session.IndexOf(date) >= 0;
        bool weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        foreach (var p in _profiles)
        {
            MaybeWrite(p, date, trading, NewsEvents.Analyst, AnalystPerYear * (trading ? 1 : weekend ? 0.03 : 0.3));
            MaybeWrite(p, date, trading, NewsEvents.Corporate, CorporatePerYear * (trading ? 1 : 0.3));
            MaybeWrite(p, date, trading, NewsEvents.Routine, RoutinePerYear * (trading ? 1 : weekend ? 0.03 : 0.3));
            MaybeWrite(p, date, trading, ChatterFamily, ChatterPerYear * (trading ? 1 : 0.5));
        }
        for (int s = 0; s < SampleUniverse.Sectors.Count; s++)
            if (_rng.Chance(trading ? SectorStoryChance : SectorStoryChance / 5)) WriteSectorStory(s, date, trading);

        while (_nextNotice < _byNotice.Count && _byNotice[_nextNotice].NoticeDate <= date)
        {
            var r = _byNotice[_nextNotice++];
            if (r.NoticeDate == date) WriteNotice(r, trading);
        }
        while (_nextReport < _byReport.Count && _byReport[_nextReport].ReportDate <= date)
        {
            var r = _byReport[_nextReport++];
            if (r.ReportDate == date) WriteEarnings(r);
        }
    }

    private void MaybeWrite(CompanyProfile p, DateOnly date, bool trading, NewsEventKind[] family, double perYear)
    {
        if (!_rng.Chance(perYear / TradingDaysPerYear)) return;
        Span<double> weights = stackalloc double[family.Length];
        for (int k = 0; k < family.Length; k++) weights[k] = family[k].WeightFor(p);
        var kind = family[_rng.PickWeighted(weights)];
        double tone = kind.DrawTone(_rng);
        var time = NewsClockSampler.Sample(kind.Clock, trading, _rng);
        Emit(kind, p, date, time, tone, Facts(p, date));
    }

    private void WriteSectorStory(int sector, DateOnly date, bool trading)
    {
        double u = _rng.NextDouble();
        var kind = u < 0.40 ? NewsEvents.SectorPositive : u < 0.75 ? NewsEvents.SectorNegative : NewsEvents.SectorNeutral;
        double tone = kind.DrawTone(_rng);
        var time = NewsClockSampler.Sample(kind.Clock, trading, _rng);
        var members = _profiles.Where(p => p.SectorIndex == sector).ToList();
        int take = _rng.Next(2, 4);
        var chosen = new List<CompanyProfile>(take);
        while (chosen.Count < take)
        {
            var m = members[_rng.Next(members.Count)];
            if (!chosen.Contains(m)) chosen.Add(m);
        }
        chosen.Sort((a, b) => a.Index.CompareTo(b.Index));
        bool tickers = _wordingRng.Chance(0.4);
        var names = chosen.Select(c => tickers ? c.Company.Symbol : c.Company.ShortName).ToArray();
        string list = names.Length == 2 ? $"{names[0]} and {names[1]}" : $"{names[0]}, {names[1]} and {names[2]}";
        var facts = Facts(chosen[0], date) with { CompanyList = list };
        var headline = _words.Write(kind, chosen[0], tone, facts);
        Emit(kind, chosen.Select(c => c.Index).ToArray(), date, time, tone, headline);
    }

    private void WriteNotice(EarningsReport r, bool trading)
    {
        var p = _profiles[r.Company];
        var facts = Facts(p, r.NoticeDate) with { Quarter = r.Quarter, QuarterYear = r.QuarterYear, ReportDate = r.ReportDate, ReportsAfterClose = r.Slot == EarningsSlot.AfterClose };
        Emit(NewsEvents.EarningsDate, p, r.NoticeDate, NewsClockSampler.Sample(NewsClock.PressRelease, trading, _rng), 0, facts);
    }

    /// <summary>
    /// Report day: the release, the numbers against estimates, maybe the outlook, the dividend and the call, then
    /// the analysts' notes before the next open. All of it lands before the report's decision point, so the whole
    /// cluster is one decision-day signal.
    /// </summary>
    private void WriteEarnings(EarningsReport r)
    {
        var p = _profiles[r.Company];
        int day = _session.IndexOf(r.ReportDate);
        bool afterClose = r.Slot == EarningsSlot.AfterClose;
        var date = r.ReportDate;
        var facts = Facts(p, date) with { Quarter = r.Quarter, QuarterYear = r.QuarterYear, ReportDate = date, ReportsAfterClose = afterClose };
        int releaseMinute = afterClose ? 16 * 60 + _rng.Pick(AfterCloseReleaseMinutes) : 6 * 60 + 30 * _rng.Next(0, 5);
        var release = TimeSpan.FromMinutes(releaseMinute);

        if (_rng.Chance(0.5))
        {
            int previewDay = Math.Max(0, day - 1);
            Emit(NewsEvents.EarningsPreview, p, _session.Days[previewDay], NewsClockSampler.Sample(NewsClock.Wire, true, _rng), 0, facts);
        }
        Emit(NewsEvents.EarningsRelease, p, date, release, 0, facts);
        if (p.QuarterlyDividend > 0 && _rng.Chance(0.8))
            Emit(NewsEvents.RegularDividend, p, date, release + TimeSpan.FromMinutes(_rng.Next(0, 3)), 0, facts);

        double tone = Math.Clamp(Math.Round(0.5 * _rng.UnitStudentT(5), 2), -1, 1);
        if (Math.Abs(tone) < 0.12) tone = 0;
        var numbers = tone > 0 ? NewsEvents.EarningsBeat : tone < 0 ? NewsEvents.EarningsMiss : NewsEvents.EarningsInLine;
        Emit(numbers, p, date, release + Seconds(60, 240), tone, facts);
        if (tone != 0 && _rng.Chance(0.55))
            Emit(numbers, p, date, release + Seconds(180, 2400), SameSign(tone, 0.1 * _rng.Normal()), facts);

        if (_rng.Chance(0.6))
        {
            double outlook = tone + 0.35 * _rng.Normal();
            var (kind, guidanceTone) = outlook > 0.3 ? (NewsEvents.GuidanceRaise, Math.Round(_rng.Uniform(0.4, 0.9), 2))
                : outlook < -0.3 ? (NewsEvents.GuidanceCut, -Math.Round(_rng.Uniform(0.5, 1.0), 2))
                : (NewsEvents.GuidanceReaffirm, 0.0);
            Emit(kind, p, date, release + Seconds(60, 900), guidanceTone, facts);
        }

        if (tone != 0 && _rng.Chance(0.3))
        {
            var callTime = afterClose ? NewsClockSampler.Between(17, 0, 18, 30, _rng) : NewsClockSampler.Between(8, 30, 9, 20, _rng);
            Emit(tone > 0 ? NewsEvents.CallPositive : NewsEvents.CallNegative, p, date, callTime, Math.Round(0.5 * tone, 2), facts);
        }

        int decisionDay = afterClose ? day + 1 : day;
        var notesDate = _session.Days[decisionDay];
        int notes = _rng.Next(0, 2) + (Math.Abs(tone) > 0.4 ? _rng.Next(1, 3) : 0);
        for (int k = 0; k < notes; k++)
        {
            var kind = tone > 0.15 ? NewsEvents.FollowUpRaise : tone < -0.15 ? NewsEvents.FollowUpCut : NewsEvents.FollowUpReiterate;
            var time = afterClose ? NewsClockSampler.Between(5, 30, 9, 25, _rng) : release + Seconds(1200, (int)(new TimeSpan(9, 25, 0) - release).TotalSeconds);
            Emit(kind, p, notesDate, time, kind.DrawTone(_rng), Facts(p, notesDate) with { Quarter = r.Quarter, QuarterYear = r.QuarterYear });
        }
        _impact.MarkEarnings(decisionDay, p.Index);
    }

    /// <summary>After a session's bar is built: reports of unusual gaps (premarket) and closes (after the bell).</summary>
    public void WriteMoves(int day)
    {
        var date = _session.Days[day];
        int n = _profiles.Length;
        for (int i = 0; i < n; i++)
        {
            int k = day * n + i;
            double prevClose = day == 0 ? _profiles[i].StartPrice : _prices.Close[k - n];
            double gap = _prices.Open[k] / prevClose - 1, change = _prices.Close[k] / prevClose - 1;
            double sigma = _prices.LongRunSigma(i);
            var p = _profiles[i];
            if (Math.Abs(gap) > 1.8 * sigma && _movesRng.Chance(0.4))
            {
                var kind = gap > 0 ? MoveKinds.GapUp : MoveKinds.GapDown;
                Emit(kind, p, date, NewsClockSampler.Between(7, 0, 9, 25, _movesRng), 0, Facts(p, date) with { Move = gap });
            }
            if (Math.Abs(change) > 2.4 * sigma && _movesRng.Chance(0.5))
            {
                var kind = change > 0 ? MoveKinds.Up : MoveKinds.Down;
                Emit(kind, p, date, NewsClockSampler.Between(16, 1, 18, 30, _movesRng), 0, Facts(p, date) with { Move = change, Close = Math.Round(_prices.Close[k], 2) });
            }
        }
    }

    private void Emit(NewsEventKind kind, CompanyProfile p, DateOnly date, TimeSpan time, double tone, HeadlineFacts facts) =>
        Emit(kind, [p.Index], date, time, tone, _words.Write(kind, p, tone, facts));

    private void Emit(NewsEventKind kind, int[] symbols, DateOnly date, TimeSpan time, double tone, string headline)
    {
        var published = _session.ToInstant(date, time);
        var timing = _session.Classify(published);
        var source = _wordingRng.Pick(kind.Sources);
        // Every headline must have a bar to trade on; those after the last session's open are left out.
        if (timing.DecisionDay >= _session.Days.Count) return;
        if (tone != 0 && timing.ReactionDay < _pricedDays)
            throw new InvalidOperationException($"A headline with tone dated {published:O} reached a session already priced.");
        foreach (int s in symbols) _impact.Add(timing, s, tone);
        _drafts.Add(new NewsDraft(_drafts.Count, published, symbols, headline, source, tone, kind.Name));
    }

    private HeadlineFacts Facts(CompanyProfile p, DateOnly date)
    {
        // The quarter most recently ended is the one people talk about.
        int quarter = (date.Month - 1) / 3, year = date.Year;
        if (quarter == 0) { quarter = 4; year--; }
        return new HeadlineFacts(date, _prices.LastClose(p.Index), quarter, year);
    }

    private TimeSpan Seconds(int min, int max) => TimeSpan.FromSeconds(_rng.Next(min, Math.Max(min + 1, max)));

    /// <summary>A second headline's tone: near the first, never crossing zero, two decimals.</summary>
    private static double SameSign(double tone, double noise) =>
        Math.Round(Math.Sign(tone) * Math.Clamp(Math.Abs(tone) + noise, 0.05, 1.0), 2);

    private static class MoveKinds
    {
        public static readonly NewsEventKind Up = new("price_move", 0, 0, MarketHeadlines.MoveUp, NewsClock.Wire, NewsEvents.MoveSources);
        public static readonly NewsEventKind Down = new("price_move", 0, 0, MarketHeadlines.MoveDown, NewsClock.Wire, NewsEvents.MoveSources);
        public static readonly NewsEventKind GapUp = new("price_move", 0, 0, MarketHeadlines.GapUp, NewsClock.Wire, NewsEvents.MoveSources);
        public static readonly NewsEventKind GapDown = new("price_move", 0, 0, MarketHeadlines.GapDown, NewsClock.Wire, NewsEvents.MoveSources);
    }
}
