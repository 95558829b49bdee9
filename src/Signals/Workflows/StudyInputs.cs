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
    /// News larger than this in total (bytes on disk; a folder's are the sum of the files the loader reads) is loaded
    /// after the prices instead of beside them (see <see cref="Load(string, PriceCsvOptions?, string, NewsLoadOptions?, bool)"/>):
    /// the news load peaks at about 1.4 times its CSV's size (15 M headlines, 1.8 GB: 2.45 GB), the price load of a
    /// whole market at 2.7 GB (31.5 M bars), and side by side the two peaks add up. Below this, the news load's peak
    /// (up to about 0.75 GB) is worth the time side by side saves. A gzip-compressed file counts by its
    /// compressed size.
    /// </summary>
    public const long NewsAfterPricesBytes = 512L << 20;

    /// <summary>
    /// Reads the price and news files and hashes both meanwhile: each is read by its own loader exactly as alone. News
    /// up to <see cref="NewsAfterPricesBytes"/> is read side by side with the prices, so on two cores the whole takes
    /// about the time of the larger file; larger news is read after the prices (and after their panel is built and
    /// the series let go, when <paramref name="releaseSeries"/> asks it), so the two loads' memory peaks do not add
    /// up, the hashing still running beside both. When more than one fails, the prices' error is thrown first, then
    /// the news', then the hashing's, as a load one after the other would.
    /// </summary>
    /// <param name="pricesPath">A price file or folder (see <see cref="PriceCsv.LoadWithReport"/>).</param>
    /// <param name="priceOptions">How to read the prices; null: the defaults.</param>
    /// <param name="newsPath">A news file or folder (see <see cref="NewsFile.LoadWithReport"/>).</param>
    /// <param name="newsOptions">How to read the news; null: the defaults.</param>
    /// <param name="releaseSeries">Build the day × symbol panel of opens, closes and volumes and let the per-symbol series go
    /// (<see cref="PriceLoad.ReleaseSeries(bool)"/>): for a study, which reads only those panels (no high or low).</param>
    public static StudyInputs Load(string pricesPath, PriceCsvOptions? priceOptions, string newsPath, NewsLoadOptions? newsOptions, bool releaseSeries = false) =>
        Load(pricesPath, priceOptions, newsPath, newsOptions, releaseSeries, NewsAfterPricesBytes);

    /// <summary><see cref="Load(string, PriceCsvOptions?, string, NewsLoadOptions?, bool)"/> with news over <paramref name="newsAfterPricesBytes"/> read after the prices.</summary>
    internal static StudyInputs Load(string pricesPath, PriceCsvOptions? priceOptions, string newsPath, NewsLoadOptions? newsOptions, bool releaseSeries,
        long newsAfterPricesBytes)
    {
        ArgumentNullException.ThrowIfNull(pricesPath);
        ArgumentNullException.ThrowIfNull(newsPath);
        PriceLoad? prices = null;
        NewsLoad? news = null;
        string? pricesSha = null, newsSha = null;
        void LoadPrices()
        {
            prices = PriceCsv.LoadWithReport(pricesPath, priceOptions);
            _ = releaseSeries ? prices.ReleaseSeries(withHighLow: false) : prices.Panel;
        }
        void LoadNews() => news = NewsFile.LoadWithReport(newsPath, newsOptions);
        void Hash()
        {
            pricesSha = FileHash.Of(pricesPath);
            newsSha = FileHash.Of(newsPath);
        }
        // In this order, so when several fail the prices' error is the one thrown, then the news', then the hashing's;
        // one after the other, the news is not read once the prices failed, as their error would be thrown anyway.
        if (SizeOnDisk(newsPath) > newsAfterPricesBytes)
            SideBySide.Run(() => { LoadPrices(); LoadNews(); }, Hash);
        else
            SideBySide.Run(LoadPrices, LoadNews, Hash);
        return new StudyInputs(prices!, news!, StudyProvenance.Of(prices!, newsPath, news!, pricesSha, newsSha));
    }

    /// <summary>
    /// The bytes of a file, or of the files a loader reads in a folder (<see cref="DataFiles.FilesUnder"/>); 0 when
    /// they cannot be listed, which leaves the loader to report why.
    /// </summary>
    internal static long SizeOnDisk(string path)
    {
        try
        {
            if (File.Exists(path)) return new FileInfo(path).Length;
            if (Directory.Exists(path)) return DataFiles.FilesUnder(path).Sum(f => new FileInfo(f).Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return 0;
    }
}
