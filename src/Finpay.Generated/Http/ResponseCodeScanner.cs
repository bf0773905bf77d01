using System;
using System.Text;

namespace Finpay.Generated.Http;

/// <summary>
/// Finds the top-level <c>responseCode</c> of a JSON object in UTF-8 bytes without parsing the rest or allocating anything but
/// the code itself. It decides only whether an answer is a success; the full, validating parse comes after, in the generated
/// client, and an error answer is parsed in full to report it.
/// </summary>
internal static class ResponseCodeScanner
{
    private static readonly byte[] Key = Encoding.ASCII.GetBytes("responseCode");

    /// <summary>
    /// The value of the top-level <c>responseCode</c> (a string or a number), or null when there is none. When the key appears
    /// twice, the last one counts, as it does for the typed parse that follows: both must agree on whether the answer succeeded.
    /// </summary>
    public static string? Find(ArraySegment<byte> json)
    {
        var bytes = json.Array;
        if (bytes is null) return null;
        var i = json.Offset;
        var end = json.Offset + json.Count;
        i = SkipWhitespace(bytes, i, end);
        if (i >= end || bytes[i] != (byte)'{') return null;

        var depth = 0;
        var expectKey = false;
        string? found = null;
        for (; i < end; i++)
        {
            var b = bytes[i];
            switch (b)
            {
                case (byte)'{':
                case (byte)'[':
                    depth++;
                    expectKey = b == (byte)'{' && depth == 1;
                    break;
                case (byte)'}':
                case (byte)']':
                    depth--;
                    if (depth <= 0) return found;
                    break;
                case (byte)',':
                    expectKey = depth == 1;
                    break;
                case (byte)'"':
                    var stringEnd = EndOfString(bytes, i + 1, end);
                    if (stringEnd < 0) return null;
                    if (expectKey && IsKey(bytes, i + 1, stringEnd))
                    {
                        var colon = SkipWhitespace(bytes, stringEnd + 1, end);
                        if (colon >= end || bytes[colon] != (byte)':') return null;
                        var valueStart = SkipWhitespace(bytes, colon + 1, end);
                        found = Value(bytes, valueStart, end, out var valueEnd);
                        expectKey = false;
                        // Continue after a string or number; anything else (an object, null) is scanned as usual.
                        if (found is not null) i = valueEnd - 1;
                        else i = valueStart - 1;
                        break;
                    }

                    expectKey = false;
                    i = stringEnd;
                    break;
            }
        }

        return found;
    }

    private static bool IsKey(byte[] bytes, int start, int end)
    {
        if (end - start != Key.Length) return false;
        for (var k = 0; k < Key.Length; k++)
        {
            if (bytes[start + k] != Key[k]) return false;
        }

        return true;
    }

    /// <summary>A string or digits value starting at <paramref name="start"/>; <paramref name="valueEnd"/> is just past it.</summary>
    private static string? Value(byte[] bytes, int start, int end, out int valueEnd)
    {
        valueEnd = start;
        if (start >= end) return null;
        if (bytes[start] == (byte)'"')
        {
            var close = EndOfString(bytes, start + 1, end);
            if (close < 0) return null;
            valueEnd = close + 1;
            return Encoding.UTF8.GetString(bytes, start + 1, close - start - 1);
        }

        var stop = start;
        while (stop < end && bytes[stop] is >= (byte)'0' and <= (byte)'9') stop++;
        valueEnd = stop;
        return stop == start ? null : Encoding.ASCII.GetString(bytes, start, stop - start);
    }

    /// <summary>The index of the quote closing a string whose content starts at <paramref name="start"/>, or -1.</summary>
    private static int EndOfString(byte[] bytes, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (bytes[i] == (byte)'\\') i++;
            else if (bytes[i] == (byte)'"') return i;
        }

        return -1;
    }

    private static int SkipWhitespace(byte[] bytes, int i, int end)
    {
        // A UTF-8 byte order mark is tolerated in front of the object, as Newtonsoft does.
        if (i + 2 < end && bytes[i] == 0xEF && bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF) i += 3;
        while (i < end && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
        return i;
    }
}
