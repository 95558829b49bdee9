using Microsoft.DotNet.Interactive;

namespace Signals.Interactive;

/// <summary>For notebooks that reference the built DLLs with <c>#r</c> instead of the package: the kernel loads
/// extensions only from packages, so call <see cref="Enable"/> once.</summary>
public static class SignalsNotebook
{
    public static void Enable() => SignalsFormatters.Register();

    /// <summary>A live progress bar under the current cell, for <see cref="IProgress{T}"/> parameters.</summary>
    public static LiveProgress Progress(string title) => LiveProgress.Show(title);
}
