using System.Globalization;
using System.Text;

namespace Finpay.Generated.Validation;

/// <summary>
/// A JSON path in wire names (<c>order.item[2].name</c>) that is turned into text only when a rule is broken, so walking a
/// valid request allocates nothing. The segments travel by value; the spec nests at most four deep
/// (<c>order.transactionFiltering.accepted.cardBin[0]</c>), deeper paths fold their first segments into text.
/// </summary>
internal readonly struct ValidationPath
{
    private const int NoIndex = -1;

    private readonly string? _prefix;
    private readonly Segment _s0;
    private readonly Segment _s1;
    private readonly Segment _s2;
    private readonly Segment _s3;
    private readonly int _count;

    private ValidationPath(string? prefix, Segment s0, Segment s1, Segment s2, Segment s3, int count)
    {
        _prefix = prefix;
        _s0 = s0;
        _s1 = s1;
        _s2 = s2;
        _s3 = s3;
        _count = count;
    }

    /// <summary>The path of a property of the object at this path.</summary>
    public ValidationPath Property(string name) => name.Length == 0 ? this : Append(new Segment(name, NoIndex));

    /// <summary>The path of item <paramref name="index"/> of the array property <paramref name="name"/>.</summary>
    public ValidationPath Item(string name, int index) => Append(new Segment(name, index));

    /// <summary>The text of this path followed by <paramref name="name"/>, built for an error.</summary>
    public string Text(string name) => Property(name).ToString();

    public override string ToString()
    {
        if (_count == 0)
            return _prefix ?? string.Empty;
        var text = new StringBuilder(_prefix);
        for (var i = 0; i < _count; i++)
            At(i).AppendTo(text);
        return text.ToString();
    }

    private ValidationPath Append(Segment segment) => _count switch
    {
        0 => new ValidationPath(_prefix, segment, default, default, default, 1),
        1 => new ValidationPath(_prefix, _s0, segment, default, default, 2),
        2 => new ValidationPath(_prefix, _s0, _s1, segment, default, 3),
        3 => new ValidationPath(_prefix, _s0, _s1, _s2, segment, 4),
        // Deeper than the spec goes: fold the segments into text and start again.
        _ => new ValidationPath(ToString(), segment, default, default, default, 1),
    };

    private Segment At(int i) => i switch
    {
        0 => _s0,
        1 => _s1,
        2 => _s2,
        _ => _s3,
    };

    private readonly struct Segment
    {
        private readonly string _name;
        private readonly int _index;

        public Segment(string name, int index)
        {
            _name = name;
            _index = index;
        }

        public void AppendTo(StringBuilder text)
        {
            if (text.Length > 0 && _name.Length > 0)
                text.Append('.');
            text.Append(_name);
            if (_index != NoIndex)
                text.Append('[').Append(_index.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
    }
}
