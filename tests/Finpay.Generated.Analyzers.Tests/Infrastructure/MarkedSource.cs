using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Finpay.Generated.Analyzers.Tests.Infrastructure;

/// <summary>Test source with the expected diagnostic spans marked <c>[|like this|]</c>, as Roslyn's own test kits do.</summary>
internal sealed class MarkedSource
{
    private MarkedSource(string code, IReadOnlyList<TextSpan> spans)
    {
        Code = code;
        Spans = spans;
    }

    public string Code { get; }

    public IReadOnlyList<TextSpan> Spans { get; }

    public static MarkedSource Parse(string marked)
    {
        var code = new StringBuilder();
        var spans = new List<TextSpan>();
        var start = -1;
        for (var i = 0; i < marked.Length; i++)
        {
            if (string.CompareOrdinal(marked, i, "[|", 0, 2) == 0)
            {
                start = code.Length;
                i++;
            }
            else if (string.CompareOrdinal(marked, i, "|]", 0, 2) == 0 && start >= 0)
            {
                spans.Add(TextSpan.FromBounds(start, code.Length));
                start = -1;
                i++;
            }
            else
            {
                code.Append(marked[i]);
            }
        }

        return new MarkedSource(code.ToString(), spans);
    }
}
