using System.Runtime.ExceptionServices;

namespace Signals.Workflows;

/// <summary>Independent steps of a workflow run in parallel, failing as they would one after the other.</summary>
internal static class SideBySide
{
    /// <summary>
    /// Runs steps that share nothing writable on the available cores, each to its end. When steps fail, the failure of
    /// the earliest step in the given order is thrown as itself (not inside an AggregateException), whichever finished
    /// first: callers and their error messages see what a sequential run would have thrown.
    /// </summary>
    public static void Run(params Action[] steps)
    {
        var errors = new ExceptionDispatchInfo?[steps.Length];
        Parallel.For(0, steps.Length, i =>
        {
            try { steps[i](); }
            catch (Exception e) { errors[i] = ExceptionDispatchInfo.Capture(e); }
        });
        foreach (var error in errors) error?.Throw();
    }
}
