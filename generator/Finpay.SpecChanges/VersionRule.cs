using System;
using System.Globalization;

namespace Finpay.SpecChanges;

/// <summary>
/// Semantic versioning for a breaking change: a new major version, or, while the major version is 0, a new minor one.
/// </summary>
public static class VersionRule
{
    /// <returns>Why <paramref name="version"/> is not enough after <paramref name="baseVersion"/>, or null when it is.</returns>
    public static string? CheckBreakingBump(string baseVersion, string version)
    {
        var (baseMajor, baseMinor) = Parse(baseVersion);
        var (major, minor) = Parse(version);
        var enough = baseMajor == 0
            ? major > 0 || minor > baseMinor
            : major > baseMajor;
        if (enough) return null;
        var needed = baseMajor == 0 ? $"0.{baseMinor + 1}.0 (while the major version is 0, a breaking change takes a new minor version)" : $"{baseMajor + 1}.0.0";
        return $"the version is {version}, as it was {baseVersion} at the base; a breaking change needs at least {needed}. Set <Version> in Directory.Build.props.";
    }

    private static (int Major, int Minor) Parse(string version)
    {
        var parts = version.Split('-', '+')[0].Split('.');
        if (parts.Length < 2 ||
            !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major) ||
            !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor))
            throw new FormatException($"'{version}' is not a semantic version (major.minor.patch).");
        return (major, minor);
    }
}
