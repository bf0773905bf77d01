using System;
using System.IO;
using Spectre.Console;

namespace Finpay.Cli;

/// <summary>Where the command reads and writes: the process's console, or strings in tests.</summary>
public sealed class CliIO
{
    /// <summary>Creates an IO over the given reader and writers; <paramref name="interactive"/> enables spinners and colours.</summary>
    public CliIO(TextReader input, TextWriter output, TextWriter error, bool interactive)
    {
        In = input;
        Out = output;
        Error = error;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        if (!interactive) Console.Profile.Width = 160;
    }

    /// <summary>Standard input (callback bodies).</summary>
    public TextReader In { get; }

    /// <summary>Standard output.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>The Spectre console writing to <see cref="Out"/>.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>The process's own console; interactive when stdout is a terminal.</summary>
    public static CliIO FromSystemConsole() =>
        new(System.Console.In, System.Console.Out, System.Console.Error, !System.Console.IsOutputRedirected);
}
