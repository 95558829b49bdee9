using System.Runtime.InteropServices;

namespace Signals.Benchmarks.Backtesting;

/// <summary>
/// CPU time of the calling thread (Linux getrusage(RUSAGE_THREAD), microsecond resolution). On a machine shared
/// with other busy processes, wall-clock medians measure the queue for the CPU as much as the code; CPU time does not.
/// </summary>
internal static class ThreadCpuTime
{
    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        public long MaxRss, Ixrss, Idrss, Isrss, Minflt, Majflt, Nswap, Inblock, Oublock, Msgsnd, Msgrcv, Nsignals, Nvcsw, Nivcsw;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRUsage(int who, out RUsage usage);

    public static bool Available => OperatingSystem.IsLinux();

    /// <summary>User + system CPU time of this thread, in milliseconds.</summary>
    public static double Milliseconds()
    {
        if (GetRUsage(1 /* RUSAGE_THREAD */, out var u) != 0) return double.NaN;
        return (u.UserSeconds + u.SystemSeconds) * 1e3 + (u.UserMicroseconds + u.SystemMicroseconds) / 1e3;
    }

    /// <summary>Median thread CPU time of <paramref name="runs"/> calls of <paramref name="action"/>, in ms.</summary>
    public static double Median(Action action, int runs)
    {
        var times = new double[runs];
        for (int i = 0; i < runs; i++)
        {
            double start = Milliseconds();
            action();
            times[i] = Milliseconds() - start;
        }
        Array.Sort(times);
        return times[runs / 2];
    }
}
