namespace Signals.Workflows;

/// <summary>
/// Gives the memory of a large study's finished stage back before the next stage allocates its own. The collector
/// sizes its next full collection by what survived the last one: with 3 GB of prices, news and scores alive it lets
/// gigabytes of freed day × symbol panels (250 MB each at 5,000 names × 25 years) pile up first, and keeps what it
/// frees committed for later allocations. An aggressive full collection where a stage has let its panels go keeps the
/// resident memory near the live data (15 M headlines: 0.1–0.4 GB above it in the research stage, against 0.8–1.8 GB
/// without); a heap under <see cref="Threshold"/> is left to the collector.
/// </summary>
internal static class StudyMemory
{
    /// <summary>The heap size, in bytes, from which a stage's end collects: below it the gain is small next to its cost.</summary>
    internal const long Threshold = 1L << 30;

    /// <summary>A full, blocking collection when the heap holds at least <see cref="Threshold"/> bytes.</summary>
    public static void StageDone()
    {
        if (GC.GetTotalMemory(forceFullCollection: false) < Threshold) return;
        // Aggressive: compacts (the large object heap too) and decommits the memory freed, where a plain full
        // collection keeps freed regions committed for the next allocations, still counted in the process's memory.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
