namespace QualityAnalytics.Pipeline.Classification;

/// <summary>Agreement of predicted with gold classes: accuracy, Cohen's kappa and the table itself.</summary>
public sealed class ConfusionMatrix
{
    private readonly Dictionary<(string Gold, string Predicted), int> _counts = [];

    public ConfusionMatrix(IReadOnlyList<string> classes)
    {
        Classes = classes;
    }

    public IReadOnlyList<string> Classes { get; }
    public int Total { get; private set; }

    public void Add(string gold, string predicted)
    {
        _counts[(gold, predicted)] = Count(gold, predicted) + 1;
        Total++;
    }

    public int Count(string gold, string predicted) => _counts.GetValueOrDefault((gold, predicted));

    public double Accuracy => Total == 0 ? 0 : (double)Classes.Sum(c => Count(c, c)) / Total;

    /// <summary>Agreement beyond chance: (observed − expected) / (1 − expected).</summary>
    public double Kappa
    {
        get
        {
            if (Total == 0)
            {
                return 0;
            }

            var expected = Classes.Sum(c =>
                (double)Classes.Sum(p => Count(c, p)) * Classes.Sum(g => Count(g, c))) / ((double)Total * Total);
            return expected >= 1 ? 1 : (Accuracy - expected) / (1 - expected);
        }
    }

    /// <summary>Plain-text table: rows are the graders' classes, columns the system's.</summary>
    public string Render()
    {
        var used = Classes.Where(c => Classes.Any(o => Count(c, o) + Count(o, c) > 0)).ToList();
        var width = Math.Max(12, used.Select(c => c.Length).DefaultIfEmpty(0).Max() + 1);
        var sb = new System.Text.StringBuilder();
        sb.Append("эксперт \\ система".PadRight(width + 6));
        foreach (var c in used)
        {
            sb.Append(Abbrev(c).PadLeft(7));
        }

        sb.AppendLine();
        foreach (var gold in used)
        {
            sb.Append(gold.PadRight(width + 6));
            foreach (var predicted in used)
            {
                sb.Append(Count(gold, predicted).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(7));
            }

            sb.AppendLine();
        }

        return sb.ToString();
    }

    private static string Abbrev(string c) => c.Length <= 6 ? c : c[..6];
}
