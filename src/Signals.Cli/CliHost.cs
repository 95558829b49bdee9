using System.Text;
using Spectre.Console;

namespace Signals.Cli;

/// <summary>
/// Everything a command reads from or writes to outside its files: the consoles, the plain streams and the
/// environment. `signals` runs on <see cref="Process"/>; a test (or a host embedding the CLI) builds its own with
/// <see cref="Create"/>, so runs in one process never share a console, a stream or an environment.
/// </summary>
public sealed class CliHost
{
    /// <summary>Human output on standard output: tables, summaries, progress of commands whose stdout is not data.</summary>
    public required IAnsiConsole Console { get; init; }

    /// <summary>A console on standard error: progress bars of commands whose stdout carries results.</summary>
    public required IAnsiConsole ErrorConsole { get; init; }

    /// <summary>Plain lines on standard output, never wrapped: results a script reads (a path, a count line, a listing).</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error, line by line: notes, warnings and the one error line.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Standard output as bytes, for machine output that must stay byte-exact (the indicators CSV).</summary>
    public required Func<Stream> OpenStandardOutput { get; init; }

    /// <summary>Environment lookups (API keys, SIGNALS_LLM_* defaults, COLUMNS); null when a variable is not set.</summary>
    public required Func<string, string?> Environment { get; init; }

    /// <summary>The process's own streams and environment: what `signals` runs on.</summary>
    public static CliHost Process() => new()
    {
        Console = CliConsole.Stdout(),
        ErrorConsole = CliConsole.Stderr(),
        Out = System.Console.Out,
        Error = System.Console.Error,
        OpenStandardOutput = System.Console.OpenStandardOutput,
        Environment = System.Environment.GetEnvironmentVariable,
    };

    /// <summary>
    /// A host on two writers and an environment of its own: everything the process would print to standard output
    /// (human lines, plain lines and bytes, UTF-8 decoded) lands in <paramref name="output"/>, standard error in
    /// <paramref name="error"/>. Both consoles behave as redirected: no colour, no live display, width from COLUMNS in
    /// <paramref name="environment"/> or unwrapped.
    /// </summary>
    public static CliHost Create(TextWriter output, TextWriter error, Func<string, string?> environment) => new()
    {
        Console = Captured(output, environment),
        ErrorConsole = Captured(error, environment),
        Out = output,
        Error = error,
        OpenStandardOutput = () => new DecodingStream(output),
        Environment = environment,
    };

    private static IAnsiConsole Captured(TextWriter writer, Func<string, string?> environment)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(new TrailingSpaceTrimmer(writer)),
        });
        console.Profile.Width = CliConsole.RedirectedWidth(environment);
        return console;
    }

    /// <summary>A write-only stream that decodes UTF-8 bytes into a text writer (standard output's bytes in a captured host).</summary>
    private sealed class DecodingStream(TextWriter writer) : Stream
    {
        private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var chars = new char[_decoder.GetCharCount(buffer, flush: false)];
            int n = _decoder.GetChars(buffer, chars, flush: false);
            writer.Write(chars, 0, n);
        }

        public override void Flush() => writer.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
