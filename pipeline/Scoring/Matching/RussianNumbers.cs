using System.Text;

namespace QualityAnalytics.Pipeline.Scoring.Matching;

/// <summary>Digits as ASR would spell them: short numbers as cardinals, long ones (phones, ids) digit by digit.</summary>
public static class RussianNumbers
{
    private static readonly string[] Units =
        ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять",
         "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
         "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"];

    private static readonly string[] Tens =
        ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"];

    private static readonly string[] Hundreds =
        ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"];

    public static void AppendSpoken(StringBuilder sb, ReadOnlySpan<char> digits)
    {
        if (digits.Length > 4)
        {
            for (var i = 0; i < digits.Length; i++)
            {
                if (i > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(Units[digits[i] - '0']);
            }

            return;
        }

        var value = int.Parse(digits, provider: System.Globalization.CultureInfo.InvariantCulture);
        AppendCardinal(sb, value);
    }

    private static void AppendCardinal(StringBuilder sb, int value)
    {
        if (value < 20)
        {
            sb.Append(Units[value]);
            return;
        }

        var parts = new List<string>(4);
        if (value >= 1000)
        {
            var thousands = value / 1000;
            parts.Add(thousands switch
            {
                1 => "тысяча",
                2 => "две тысячи",
                3 => "три тысячи",
                4 => "четыре тысячи",
                _ => Units[thousands] + " тысяч",
            });
            value %= 1000;
        }

        if (value >= 100)
        {
            parts.Add(Hundreds[value / 100]);
            value %= 100;
        }

        if (value >= 20)
        {
            parts.Add(Tens[value / 10]);
            value %= 10;
            if (value > 0)
            {
                parts.Add(Units[value]);
            }
        }
        else if (value > 0)
        {
            parts.Add(Units[value]);
        }

        sb.AppendJoin(' ', parts);
    }
}
