using System;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Finpay.Shop.Tests;

/// <summary>
/// The status codes the shop's callback endpoint answered, in order: a test waits for the answer, by then the shop's handler
/// has done all it will do with that callback.
/// </summary>
internal sealed class CallbackAnswers
{
    // Real time: the deadline only turns a hang into a failure, it never decides an outcome.
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private readonly Channel<int> _answers = Channel.CreateUnbounded<int>();

    public void Add(int statusCode) => _answers.Writer.TryWrite(statusCode);

    /// <summary>The status code of the next callback the shop answered.</summary>
    public async Task<int> NextAsync()
    {
        try
        {
            return await _answers.Reader.ReadAsync().AsTask().WaitAsync(Deadline);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The shop answered no callback within {Deadline.TotalSeconds:0} seconds: Finpay sent none, or the shop never answered it.");
        }
    }
}
