using System;
using System.IO;
using Finpay.Generated.Serialization;
using Newtonsoft.Json;

namespace Finpay.Generated.Callbacks;

/// <summary>
/// Maps a verified body onto the generated <see cref="Callback"/> with the SDK's settings, reusing the shared serializer and
/// the reader's character buffer instead of building both for every callback.
/// </summary>
internal static class CallbackReader
{
    public static Callback? Read(string body)
    {
        using var reader = new JsonTextReader(new StringReader(body)) { ArrayPool = ThreadCharPool.Instance };
        return FinpayJson.SharedSerializer.Deserialize<Callback>(reader);
    }

    /// <summary>Keeps one reader buffer per thread; the reader hands it back when it is closed.</summary>
    private sealed class ThreadCharPool : IArrayPool<char>
    {
        public static readonly ThreadCharPool Instance = new();

        private const int MaxRetainedChars = 64 * 1024;

        [ThreadStatic]
        private static char[]? t_buffer;

        public char[] Rent(int minimumLength)
        {
            var buffer = t_buffer;
            if (buffer is not null && buffer.Length >= minimumLength)
            {
                t_buffer = null;
                return buffer;
            }

            return new char[minimumLength];
        }

        public void Return(char[]? array)
        {
            if (array is not null && array.Length <= MaxRetainedChars) t_buffer = array;
        }
    }
}
