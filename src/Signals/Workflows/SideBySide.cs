using System.Runtime.ExceptionServices;

namespace Signals.Workflows;

/// <summary>Independent steps of a workflow run in parallel, failing as they would one after the other.</summary>
internal static class SideBySide
{
    /// <summary>
    /// Runs steps that share nothing writable on the available cores. The first failure is thrown as itself (not inside
    /// an AggregateException), so callers and their error messages see what a sequential run would have thrown.
    /// </summary>
    public static void Run(params Action[] steps)
    {
        try { Parallel.Invoke(steps); }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }
}
