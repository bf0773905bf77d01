namespace Finpay.Shop.Catalog;

/// <summary>A subscription plan: billed monthly in rupiah.</summary>
public sealed record Plan(string Id, string Name, string Tagline, decimal MonthlyPrice, string[] Features);
