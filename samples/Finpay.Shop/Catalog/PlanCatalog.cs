using System;
using System.Collections.Generic;
using System.Linq;

namespace Finpay.Shop.Catalog;

/// <summary>The plans the shop sells: a coffee-bean subscription delivered every month.</summary>
public static class PlanCatalog
{
    /// <summary>Every plan, cheapest first.</summary>
    public static IReadOnlyList<Plan> All { get; } = new[]
    {
        new Plan("tubruk", "Tubruk", "For the occasional cup", 89_000m,
            new[] { "250 g single origin each month", "Ground or whole bean", "Free delivery in Jakarta" }),
        new Plan("pour-over", "Pour-over", "Our most popular box", 149_000m,
            new[] { "2 × 250 g from two regions", "Tasting notes card", "Free delivery across Java" }),
        new Plan("roastery", "Roastery", "For offices and cafés", 329_000m,
            new[] { "1 kg house blend + 500 g micro-lot", "Roast date within 3 days", "Free delivery across Indonesia" }),
    };

    /// <summary>The plan with this id, or null.</summary>
    public static Plan? Find(string? id) => All.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));
}
