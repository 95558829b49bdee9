using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;

namespace Signals.Interactive;

/// <summary>The kernel extension the Signals package carries under <c>interactive-extensions/dotnet/</c>: the kernel
/// loads it after <c>#r "nuget: Signals, ..."</c>; it registers the notebook display of the kit's types and makes its
/// own assembly visible to C# cells (a package's extension folder is loaded, not referenced), so cells can use
/// <see cref="LiveProgress"/>.</summary>
public sealed class SignalsKernelExtension : IKernelExtension
{
    public Task OnLoadAsync(Kernel kernel)
    {
        SignalsNotebook.Enable();
        kernel.VisitSubkernelsAndSelf(k =>
        {
            if (k is CSharpKernel csharp) csharp.AddAssemblyReferences([typeof(SignalsKernelExtension).Assembly.Location]);
        });
        return Task.CompletedTask;
    }
}
