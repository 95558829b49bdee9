using System.Runtime.InteropServices;

namespace Signals.Data;

/// <summary>
/// Arrays of hundreds of megabytes that are written in full right after they are made (a panel's fields). They skip
/// the zeroing a new array gets, and on Linux ask for 2 MB pages: the first touch of a fresh 4 KB page is a page fault,
/// and at 2,000 symbols × 20 years the faults and the TLB misses of writing five 80 MB panels cost more than the
/// writes (building the panel took 1.9 s of CPU with 4 KB pages, 1.1 s with 2 MB ones, on an EPYC Zen 4 VM with
/// transparent huge pages in <c>madvise</c> mode). The advice is best effort: where it is refused the pages are small.
/// </summary>
internal static partial class LargeArrays
{
    private const int MadviseHugePage = 14;
    private const long HugePageBytes = 2 << 20;

    /// <summary>Below this an array gets ordinary pages: too few faults to save to be worth a system call.</summary>
    private const int MinHugeLength = (8 << 20) / sizeof(double);

    private static bool s_adviceFailed;

    /// <summary>A double array whose contents are undefined: the caller writes every element before any is read.</summary>
    public static double[] Uninitialized(int length)
    {
        if (!OperatingSystem.IsLinux() || length < MinHugeLength || s_adviceFailed)
            return GC.AllocateUninitializedArray<double>(length);
        var array = GC.AllocateUninitializedArray<double>(length);
        // Pinned only while advised: should the GC later move the array, the advice stays with the old pages, harmless.
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        try
        {
            long start = handle.AddrOfPinnedObject();
            long first = (start + HugePageBytes - 1) & ~(HugePageBytes - 1);
            long end = (start + (long)length * sizeof(double)) & ~(HugePageBytes - 1);
            if (end > first) _ = Madvise((nint)first, (nuint)(end - first), MadviseHugePage);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            s_adviceFailed = true;
        }
        finally
        {
            handle.Free();
        }
        return array;
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nint address, nuint length, int advice);
}
