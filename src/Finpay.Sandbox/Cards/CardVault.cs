using System;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Finpay.Sandbox.Cards;

/// <summary>Cards stored on file, by token.</summary>
internal sealed class CardVault
{
    private readonly ConcurrentDictionary<string, StoredCard> _cards = new(StringComparer.OrdinalIgnoreCase);

    public StoredCard Store(string merchantId, string? customerId, TestCard card) =>
        Add(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)), merchantId, customerId, card);

    public StoredCard Add(string token, string merchantId, string? customerId, TestCard card)
    {
        var stored = new StoredCard(token.ToLowerInvariant(), merchantId, customerId, card);
        _cards[stored.Token] = stored;
        return stored;
    }

    /// <summary>The live card with this token for this merchant, or null (unknown, deleted or another merchant's).</summary>
    public StoredCard? Find(string merchantId, string token) =>
        _cards.TryGetValue(token, out var card) && card.MerchantId == merchantId && !card.Deleted ? card : null;

    public void Clear() => _cards.Clear();
}
