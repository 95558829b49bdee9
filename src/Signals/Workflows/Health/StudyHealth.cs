namespace Signals.Workflows.Health;

/// <summary>
/// The health checks of a study, in report order: what in the data or the setup could make its figures artefacts.
/// Each is a small rule in this folder with its id, thresholds (<see cref="HealthThresholds"/>) and reasoning; this
/// class only feeds each rule from the result. study.json holds them as <c>health</c>, the report shows them first,
/// and the CLI prints every one that is not ok.
/// </summary>
public static class StudyHealth
{
    /// <summary>Every check on a computed study (its <see cref="SentimentStudyResult.Health"/> is not read).</summary>
    public static IReadOnlyList<HealthCheck> Check(SentimentStudyResult study)
    {
        ArgumentNullException.ThrowIfNull(study);
        var options = study.Options;
        var t = options.Health;
        // A time-series study (market news, one name) ran no long-short: its own checks say why and what it rests on.
        bool longShort = options.Strategy == "sentiment-longshort" && study.TimeSeries is null;
        int minPerSide = longShort ? options.StrategySettings.MinNamesPerSide : 1;
        var window = study.Backtest.Dates;
        var checks = new List<HealthCheck>();
        if (study.TimeSeries is { } series)
            checks.AddRange(series.Health.Select(c => new HealthCheck(c.Id, c.Status switch
            {
                TimeSeriesCheck.Ok => HealthStatus.Ok,
                TimeSeriesCheck.Warn => HealthStatus.Warn,
                _ => HealthStatus.Fail,
            }, c.Message)));
        if (longShort)
        {
            checks.Add(CrossSectionalSpread.Check(study.Signal, options.StrategySettings.Quantile, t));
            checks.Add(NamesPerSide.Check(study.Signal, options.StrategySettings.Quantile, t));
        }
        checks.Add(ThinDays.Check(study.DaysTooThinToTrade, window.Length, minPerSide, t));
        checks.Add(TradingActivity.Check(study.Backtest, t));
        checks.Add(ScoringFailures.Check(study.Counts.Headlines, study.Counts.FailedScores, t));
        checks.Add(NeutralScores.Check(study.Headlines.Select(h => h.Score).ToList(), t));
        checks.Add(WindowLength.Check(window[0], window[^1], window.Length, t));
        checks.Add(SuspiciousMoves.Check(study.Data.Prices, study.Data.PriceRowSource, t));
        checks.Add(AdjustedPrices.Check(study.Data.PricesAdjusted));
        checks.Add(LlmCutoff.Check(study.LookAheadWarnings));
        checks.Add(CostRealism.Check(study.Stats.Sharpe, options.Backtest.Costs, study.Research?.Costs.Run.NetSharpe, options.Research.Capital,
            study.TimeSeries is null ? CostRealism.ResearchOff : CostRealism.TimeSeriesStudy));
        return checks;
    }
}
