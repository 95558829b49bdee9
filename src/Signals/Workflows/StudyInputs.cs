using Signals.Data;
using Signals.Reporting;

namespace Signals.Workflows;

/// <summary>A study's prices and news as loaded, with the provenance (rows, dates, SHA-256) the report names.</summary>
/// <param name="Prices">The price load: panel, counts, skipped rows, notes.</param>
/// <param name="News">The news load: items, counts, skipped rows, notes.</param>
/// <param name="Provenance">Prices then news, as <see cref="StudyProvenance.Of(PriceLoad, string, NewsLoad, string?, string?)"/> gives them.</param>
public sealed record StudyInputs(PriceLoad Prices, NewsLoad News, IReadOnlyList<DataProvenance> Provenance)
{
    /// <summary>
    /// Reads the price and news files side by side and hashes both meanwhile: each is read by its own loader exactly as
    /// alone, and on two cores the whole takes about the time of the larger file. When more than one fails, the
    /// prices' error is thrown first, then the news', as a load one after the other would.
    /// </summary>
    /// <param name="pricesPath">A price file or folder (see <see cref="PriceCsv.LoadWithReport"/>).</param>
    /// <param name="priceOptions">How to read the prices; null: the defaults.</param>
    /// <param name="newsPath">A news file or folder (see <see cref="NewsFile.LoadWithReport"/>).</param>
    /// <param name="newsOptions">How to read the news; null: the defaults.</param>
    /// <param name="releaseSeries">Build the day × symbol panel of opens, closes and volumes and let the per-symbol series go
    /// (<see cref="PriceLoad.ReleaseSeries(bool)"/>): for a study, which reads only those panels (no high or low).</param>
    public static StudyInputs Load(string pricesPath, PriceCsvOptions? priceOptions, string newsPath, NewsLoadOptions? newsOptions, bool releaseSeries = false)
    {
        ArgumentNullException.ThrowIfNull(pricesPath);
        ArgumentNullException.ThrowIfNull(newsPath);
        PriceLoad? prices = null;
        NewsLoad? news = null;
        string? pricesSha = null, newsSha = null;
        // In this order, so when several fail the prices' error is the one thrown, then the news', then the hashing's.
        SideBySide.Run(
            () =>
            {
                prices = PriceCsv.LoadWithReport(pricesPath, priceOptions);
                _ = releaseSeries ? prices.ReleaseSeries(withHighLow: false) : prices.Panel;
            },
            () => news = NewsFile.LoadWithReport(newsPath, newsOptions),
            () => { pricesSha = FileHash.Of(pricesPath); newsSha = FileHash.Of(newsPath); });
        return new StudyInputs(prices!, news!, StudyProvenance.Of(prices!, newsPath, news!, pricesSha, newsSha));
    }
}
