using System;
using System.IO;

namespace Finpay.Generated.Tests.Seeds;

/// <summary>Finpay's own samples (shared/seeds), copied byte for byte: the ground truth for the wire format.</summary>
internal static class SeedFile
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", name));
}
