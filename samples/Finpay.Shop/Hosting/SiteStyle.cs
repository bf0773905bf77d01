using System.IO;

namespace Finpay.Shop.Hosting;

/// <summary>The shop's stylesheet (Styles/site.css), read once from the assembly.</summary>
internal static class SiteStyle
{
    public static string Css { get; } = Read();

    private static string Read()
    {
        using var stream = typeof(SiteStyle).Assembly.GetManifestResourceStream("site.css")
                           ?? throw new InvalidDataException("site.css is not embedded in the shop's assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
