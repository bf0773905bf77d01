using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Text;
using Finpay.Generated.Validation;
using Newtonsoft.Json;

namespace Finpay.Generated.Serialization;

/// <summary>
/// How the client writes request bodies and reads answers: <see cref="FinpayJson"/>'s settings, request bodies validated
/// while written (<see cref="ValidatingContractResolver"/>), and the text buffers in between pooled, so a call allocates the
/// bytes it sends and the objects it returns, not the copies of the JSON text on the way.
/// </summary>
internal static class WireJson
{
    private const int MaxCachedBuilder = 16 * 1024;

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(CreateSettings());

    [ThreadStatic]
    private static StringBuilder? t_builder;

    /// <summary>A request body as UTF-8 JSON; throws <see cref="FinpayValidationException"/> when it is invalid.</summary>
    public static byte[] SerializeValidated(object body)
    {
        var builder = t_builder ?? new StringBuilder(2048);
        t_builder = null;
        builder.Clear();
        try
        {
            using (var json = new JsonTextWriter(new StringWriter(builder, CultureInfo.InvariantCulture)) { ArrayPool = CharPool.Instance })
                Serializer.Serialize(json, body);
            return Utf8(builder);
        }
        finally
        {
            if (builder.Capacity <= MaxCachedBuilder) t_builder = builder;
        }
    }

    /// <summary>An answer read from UTF-8 bytes into <paramref name="type"/>.</summary>
    public static object? Deserialize(ArraySegment<byte> body, Type type)
    {
        var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(body.Count));
        try
        {
            var length = Encoding.UTF8.GetChars(body.Array!, body.Offset, body.Count, chars, 0);
            using var reader = new JsonTextReader(new CharArrayReader(chars, length)) { ArrayPool = CharPool.Instance };
            return Serializer.Deserialize(reader, type);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static byte[] Utf8(StringBuilder builder)
    {
        var chars = ArrayPool<char>.Shared.Rent(builder.Length);
        try
        {
            builder.CopyTo(0, chars, 0, builder.Length);
            var bytes = new byte[Encoding.UTF8.GetByteCount(chars, 0, builder.Length)];
            Encoding.UTF8.GetBytes(chars, 0, builder.Length, bytes, 0);
            return bytes;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static JsonSerializerSettings CreateSettings()
    {
        var settings = new JsonSerializerSettings();
        FinpayJson.Apply(settings);
        settings.ContractResolver = ValidatingContractResolver.Instance;
        return settings;
    }

    /// <summary>Newtonsoft's buffers from the shared pool.</summary>
    private sealed class CharPool : IArrayPool<char>
    {
        public static readonly CharPool Instance = new();

        public char[] Rent(int minimumLength) => ArrayPool<char>.Shared.Rent(minimumLength);

        public void Return(char[]? array)
        {
            if (array is not null) ArrayPool<char>.Shared.Return(array);
        }
    }

    /// <summary>A reader over decoded characters that does not copy them into a string first.</summary>
    private sealed class CharArrayReader : TextReader
    {
        private readonly char[] _chars;
        private readonly int _length;
        private int _position;

        public CharArrayReader(char[] chars, int length)
        {
            _chars = chars;
            _length = length;
        }

        public override int Peek() => _position < _length ? _chars[_position] : -1;

        public override int Read() => _position < _length ? _chars[_position++] : -1;

        public override int Read(char[] buffer, int index, int count)
        {
            var n = Math.Min(count, _length - _position);
            if (n <= 0) return 0;
            Array.Copy(_chars, _position, buffer, index, n);
            _position += n;
            return n;
        }
    }
}
