using System;
using System.Diagnostics;
using System.IO;

namespace Finpay.SpecChanges;

/// <summary>The git repository the comparison runs in: the base to compare with, and files as they were at it.</summary>
internal sealed class Repository
{
    public Repository(string root) => Root = Path.GetFullPath(root);

    public string Root { get; }

    /// <summary>
    /// The base and where it came from: the given ref, else the pull request's target (<c>GITHUB_BASE_REF</c>, preferring
    /// its <c>origin/</c> copy), else the latest tag; null when there is none.
    /// </summary>
    public (string Ref, string Source)? FindBase(string? requested)
    {
        if (requested is { Length: > 0 }) return (requested, "--since");
        if (Environment.GetEnvironmentVariable("GITHUB_BASE_REF") is { Length: > 0 } pullRequestBase)
            return (Git($"rev-parse --verify --quiet origin/{pullRequestBase}") is not null ? "origin/" + pullRequestBase : pullRequestBase, "GITHUB_BASE_REF");
        return Git("describe --tags --abbrev=0")?.Trim() is { Length: > 0 } tag ? (tag, "the latest tag") : null;
    }

    public bool IsRevision(string reference) => Git($"rev-parse --verify --quiet {reference}^{{commit}}") is not null;

    /// <summary>The file's text at <paramref name="reference"/>, or null when it did not exist there.</summary>
    public string? Show(string reference, string path) => Git($"show {reference}:{path}");

    /// <summary>The file's text in the working tree, or null when it does not exist.</summary>
    public string? Read(string path) => File.Exists(Path.Combine(Root, path)) ? File.ReadAllText(Path.Combine(Root, path)) : null;

    private string? Git(string arguments)
    {
        var start = new ProcessStartInfo("git", arguments)
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var git = Process.Start(start) ?? throw new IOException("git did not start.");
        var error = git.StandardError.ReadToEndAsync();
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        _ = error.Result;
        return git.ExitCode == 0 ? output : null;
    }
}
