using System.Globalization;
using System.Text;

namespace Finpay.Generated.Callbacks;

/// <summary>
/// Prints a double exactly as PHP's <c>json_encode</c> does with <c>serialize_precision = -1</c> (PHP's default): the
/// shortest digits that round-trip, laid out by <c>php_gcvt</c> with 17 as the precision: plain notation while the decimal
/// exponent stays within -4..17 (<c>1000.5</c>, <c>0.0001</c>, <c>10000000000000000</c>), exponent notation with at least one
/// fractional digit outside it (<c>1.0e+25</c>, <c>1.0e-5</c>), no <c>.0</c> on whole numbers (<c>1</c>, <c>-0</c>).
/// </summary>
internal static class PhpDoubleFormat
{
    private const int Precision = 17;

    public static string Format(double value)
    {
        // "R" gives the shortest round-trip digits on .NET Core 3.0 and later (the runtimes this SDK is tested on).
        var roundTrip = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = roundTrip.StartsWith("-", System.StringComparison.Ordinal);
        if (negative) roundTrip = roundTrip.Substring(1);

        var exponent = 0;
        var e = roundTrip.IndexOfAny(new[] { 'E', 'e' });
        if (e >= 0)
        {
            exponent = int.Parse(roundTrip.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            roundTrip = roundTrip.Substring(0, e);
        }

        var point = roundTrip.IndexOf('.');
        var integerDigits = point >= 0 ? point : roundTrip.Length;
        var digits = point >= 0 ? roundTrip.Remove(point, 1) : roundTrip;

        // decpt: the value is 0.<digits> x 10^decpt, as zend_dtoa reports it.
        var decpt = integerDigits + exponent;
        var leadingZeros = 0;
        while (leadingZeros < digits.Length && digits[leadingZeros] == '0') leadingZeros++;
        digits = digits.Substring(leadingZeros);
        decpt -= leadingZeros;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
            decpt = 1;
        }

        var builder = new StringBuilder();
        if (negative) builder.Append('-');

        if (decpt < 0 ? decpt < -3 : decpt > Precision)
        {
            var power = decpt - 1;
            builder.Append(digits[0]).Append('.');
            builder.Append(digits.Length > 1 ? digits.Substring(1) : "0");
            builder.Append('e').Append(power < 0 ? '-' : '+').Append(System.Math.Abs(power).ToString(CultureInfo.InvariantCulture));
        }
        else if (decpt <= 0)
        {
            builder.Append("0.").Append('0', -decpt).Append(digits);
        }
        else if (digits.Length <= decpt)
        {
            builder.Append(digits).Append('0', decpt - digits.Length);
        }
        else
        {
            builder.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }

        return builder.ToString();
    }
}
