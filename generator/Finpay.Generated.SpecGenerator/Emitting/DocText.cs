using System.Collections.Generic;
using System.Text;

namespace Finpay.Generated.SpecGenerator.Emitting;

/// <summary>Spec prose as XML documentation: escaped, with Markdown code spans as <c>&lt;c&gt;</c>, wrapped into /// lines.</summary>
internal static class DocText
{
    private const int Width = 116;

    public static string Xml(string text)
    {
        var escaped = text.Trim().Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
        var result = new StringBuilder();
        var inCode = false;
        foreach (var c in escaped)
        {
            if (c == '`')
            {
                result.Append(inCode ? "</c>" : "<c>");
                inCode = !inCode;
            }
            else
            {
                result.Append(c == '\n' || c == '\r' ? ' ' : c);
            }
        }

        if (inCode)
            result.Append("</c>");
        return result.ToString();
    }

    /// <summary>A sentence ends with a full stop, so the generated "Wire value ..." that follows reads as its own sentence.</summary>
    public static string Sentence(string text)
    {
        var xml = Xml(text);
        return xml.EndsWith(".") || xml.EndsWith("!") || xml.EndsWith("?") ? xml : xml + ".";
    }

    public static void AppendComment(StringBuilder output, string indent, string xml)
    {
        foreach (var line in Wrap(xml))
            output.Append(indent).Append("/// ").Append(line).Append('\n');
    }

    /// <summary>Breaks at spaces outside XML tags, so a <c>&lt;see cref="..."/&gt;</c> stays on one line.</summary>
    private static IEnumerable<string> Wrap(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inTag = false;
        foreach (var c in text)
        {
            if (c == '<') inTag = true;
            else if (c == '>') inTag = false;
            if (c == ' ' && !inTag)
            {
                if (word.Length > 0) words.Add(word.ToString());
                word.Clear();
            }
            else
            {
                word.Append(c);
            }
        }

        if (word.Length > 0)
            words.Add(word.ToString());
        var line = new StringBuilder();
        foreach (var next in words)
        {
            if (line.Length > 0 && line.Length + 1 + next.Length > Width)
            {
                yield return line.ToString();
                line.Clear();
            }

            if (line.Length > 0)
                line.Append(' ');
            line.Append(next);
        }

        if (line.Length > 0)
            yield return line.ToString();
    }

    /// <summary>A summary that fits on one line is written on one line.</summary>
    public static void AppendSummary(StringBuilder output, string indent, string xml)
    {
        if (indent.Length + 4 + "<summary></summary>".Length + xml.Length <= Width + 4)
        {
            output.Append(indent).Append("/// <summary>").Append(xml).Append("</summary>\n");
            return;
        }

        output.Append(indent).Append("/// <summary>\n");
        AppendComment(output, indent, xml);
        output.Append(indent).Append("/// </summary>\n");
    }
}
