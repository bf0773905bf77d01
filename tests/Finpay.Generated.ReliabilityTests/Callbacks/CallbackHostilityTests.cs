using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Callbacks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Xunit;
using Xunit.Abstractions;

namespace Finpay.Generated.ReliabilityTests.Callbacks;

/// <summary>
/// A valid callback, mutated 10,000 times by a seeded generator: the verifier never throws, and nothing verifies except the
/// original (or a mutant that is the same JSON, e.g. with whitespace added, since the signature covers the payload, not bytes).
/// </summary>
public class CallbackHostilityTests(ITestOutputHelper output)
{
    private const string MerchantKey = "SoSecret123";
    private const int Mutations = 10_000;
    private const int Seed = 8;

    private const string Payload =
        """{"order":{"id":"1686716101151","reference":"REF-1","amount":1000,"currency":"IDR","description":"Testing \/ annual"},"customer":{"id":"hajar.finnet@gmail.com","email":"hajar.finnet@gmail.com","firstName":"Hajar","lastName":"Ismail","mobilePhone":"+6281286288844"},"meta":{"data":null},"card":{"mask":"481111******1114","token":"81b36a850c2e40458bad296f952084b516c919ca717d448722782769b81b9fd9","info":{"brand":"VISA","issuing":"BANK CIMB NIAGA","type":"CREDIT"}},"result":{"payment":{"status":"PAID","statusDesc":"Payment Success","datetime":"2023-07-15 14:42:01","reference":"REF-1","channel":"CC","amount":1000}}}""";

    private static readonly string Original = new FinpayCallbackSigner(MerchantKey).SignBody(Payload);

    private static readonly FinpayCallbackVerifier Verifier = new(MerchantKey);

    [Fact]
    public void Ten_thousand_seeded_mutations_never_throw_and_only_the_original_payload_verifies()
    {
        Assert.True(Verifier.Verify(Original).IsValid);
        var random = new Random(Seed);
        var original = Encoding.UTF8.GetBytes(Original);
        var verifiedSame = 0;
        var failures = new int[Enum.GetValues<CallbackFailure>().Length];

        for (var i = 0; i < Mutations; i++)
        {
            var mutant = Mutate(original, random);
            CallbackVerificationResult fromBytes, fromText;
            try
            {
                fromBytes = Verifier.Verify(mutant);
                fromText = Verifier.Verify(Encoding.UTF8.GetString(mutant));
            }
            catch (Exception exception)
            {
                throw new Xunit.Sdk.XunitException($"Mutation {i} made the verifier throw {exception}\nBody: {Encoding.UTF8.GetString(mutant)}");
            }

            failures[(int)fromBytes.Failure]++;
            foreach (var result in new[] { fromBytes, fromText }.Where(r => r.IsValid))
            {
                Assert.True(SamePayload(Encoding.UTF8.GetString(mutant)), $"Mutation {i} verified with a different payload: {Encoding.UTF8.GetString(mutant)}");
                verifiedSame++;
            }
        }

        output.WriteLine($"{Mutations} mutations (seed {Seed}); refused: " +
                         string.Join(", ", Enum.GetValues<CallbackFailure>().Where(f => f != CallbackFailure.None && failures[(int)f] > 0).Select(f => $"{f} {failures[(int)f]}")) +
                         $"; verified because the payload was unchanged (whitespace, escaping, signature case): {verifiedSame}.");
        Assert.True(failures[(int)CallbackFailure.SignatureMismatch] > Mutations / 10, "Too few mutations reached the signature check to mean anything.");
    }

    [Fact]
    public void An_oversized_body_is_refused_before_it_is_parsed()
    {
        // 10 MB of nesting would exhaust a parser; it must be refused on its size alone.
        var hostile = Encoding.UTF8.GetBytes(new string('[', 10 * 1024 * 1024));

        Assert.Equal(CallbackFailure.BodyTooLarge, Verifier.Verify(hostile).Failure);
        Assert.Equal(CallbackFailure.BodyTooLarge, Verifier.Verify(Encoding.UTF8.GetString(hostile)).Failure);
        Assert.Equal(CallbackFailure.BodyTooLarge, Verifier.Verify(Original + new string(' ', FinpayCallbackVerifier.DefaultMaxBodyBytes)).Failure);
    }

    [Fact]
    public async Task An_endless_request_stream_is_read_only_up_to_the_limit()
    {
        using var endless = new EndlessStream();

        var result = await Verifier.VerifyAsync(endless);

        Assert.Equal(CallbackFailure.BodyTooLarge, result.Failure);
        Assert.InRange(endless.Served, FinpayCallbackVerifier.DefaultMaxBodyBytes, FinpayCallbackVerifier.DefaultMaxBodyBytes + 81_920);
    }

    private static bool SamePayload(string mutant)
    {
        var expected = JObject.Parse(Original);
        var actual = JObject.Parse(mutant);
        var same = string.Equals((string?)expected["signature"], (string?)actual["signature"], StringComparison.OrdinalIgnoreCase);
        expected.Remove("signature");
        actual.Remove("signature");
        return same && JToken.DeepEquals(expected, actual);
    }

    private static byte[] Mutate(byte[] body, Random random)
    {
        var bytes = body.ToList();
        var position = random.Next(bytes.Count);
        switch (random.Next(12))
        {
            case 0: bytes[position] ^= (byte)(1 << random.Next(8)); break;
            case 1: bytes[position] = (byte)random.Next(32, 127); break;
            case 2: bytes.Insert(position, (byte)random.Next(256)); break;
            case 3: bytes.RemoveRange(position, Math.Min(bytes.Count - position, 1 + random.Next(8))); break;
            case 4: bytes.RemoveRange(position, bytes.Count - position); break;
            case 5:
                var length = Math.Min(bytes.Count - position, 1 + random.Next(40));
                bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(position, length));
                break;
            case 6:
                var other = random.Next(bytes.Count);
                (bytes[position], bytes[other]) = (bytes[other], bytes[position]);
                break;
            case 7: return ReplaceInSignature(body, random);
            case 8: return Encoding.UTF8.GetBytes(Original.Replace(SignatureOf(Original), SignatureOf(Original).ToUpperInvariant(), StringComparison.Ordinal));
            case 9: bytes.Insert(position, (byte)" \t\r\n"[random.Next(4)]); break;
            case 10:
                var garbage = new byte[random.Next(1, 300)];
                random.NextBytes(garbage);
                return garbage;
            default:
                return Encoding.UTF8.GetBytes(Original.Replace("\"amount\":1000", "\"amount\":" + random.Next(0, 100_000), StringComparison.Ordinal));
        }

        return bytes.ToArray();
    }

    private static byte[] ReplaceInSignature(byte[] body, Random random)
    {
        var text = Encoding.UTF8.GetString(body);
        var signature = SignatureOf(text);
        var chars = signature.ToCharArray();
        var at = random.Next(chars.Length);
        chars[at] = "0123456789abcdef".Replace(chars[at].ToString(), "", StringComparison.Ordinal)[random.Next(15)];
        return Encoding.UTF8.GetBytes(text.Replace(signature, new string(chars), StringComparison.Ordinal));
    }

    private static string SignatureOf(string body) => (string)JObject.Parse(body)["signature"]!;

    /// <summary>A request body that never ends, counting what was read from it.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'[');
            Served += count;
            return count;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
