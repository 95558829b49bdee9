using System.Text;

namespace Signals.Cli;

/// <summary>
/// Drops the spaces before each line end. Spectre pads grid cells (the help pages) to the console's width; piped at
/// an unwrapped width that would be thousands of trailing spaces a line in a CI log.
/// </summary>
internal sealed class TrailingSpaceTrimmer(TextWriter inner) : TextWriter
{
    private int _pendingSpaces;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (value == ' ') { _pendingSpaces++; return; }
        if (value is not ('\n' or '\r') && _pendingSpaces > 0) inner.Write(new string(' ', _pendingSpaces));
        _pendingSpaces = 0;
        inner.Write(value);
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        foreach (char c in value) Write(c);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        for (int i = index; i < index + count; i++) Write(buffer[i]);
    }

    public override void Flush() => inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Flush();
        base.Dispose(disposing);
    }
}
