using System.Globalization;
using System.Text;
using QualityAnalytics.Models.Judgement;
using QualityAnalytics.Pipeline.Classification;

namespace QualityAnalytics.Pipeline.Scoring.Evaluation;

/// <summary>How the system agrees with human graders over a set of calls: per stage, per violation rule
/// (whether the call has it), topic and resolution. What a QA lead reads to calibrate the system.</summary>
public sealed class AgreementReport
{
    public Dictionary<string, BinaryAgreement> Stages { get; } = StageIds.All.ToDictionary(id => id, _ => new BinaryAgreement());
    public Dictionary<string, BinaryAgreement> Violations { get; } = new()
    {
        [ViolationRules.PdBeforeIdentification] = new(),
        [ViolationRules.ForbiddenPhrase] = new(),
    };

    public ConfusionMatrix Topic { get; } = new(Topics.All);
    public ConfusionMatrix Resolution { get; } = new(Resolutions.All);
    public List<string> Disagreements { get; } = [];
    public int Calls { get; private set; }

    public void Add(GradeLabel label, CallJudgement judgement)
    {
        Calls++;
        foreach (var stage in judgement.Stages)
        {
            if (label.Stages.TryGetValue(stage.Id, out var gold) && Stages.TryGetValue(stage.Id, out var agreement))
            {
                agreement.Add(gold, stage.Done);
                if (gold != stage.Done)
                {
                    Disagreements.Add($"{label.CallId}: этап {stage.Id} эксперт={gold} система={stage.Done}{(stage.Quote is null ? "" : $" «{stage.Quote}»")}");
                }
            }
        }

        foreach (var (rule, agreement) in Violations)
        {
            var gold = label.Violations.Contains(rule);
            var predicted = judgement.Violations.Any(v => v.Rule == rule);
            agreement.Add(gold, predicted);
            if (gold != predicted)
            {
                var quote = judgement.Violations.FirstOrDefault(v => v.Rule == rule)?.Quote;
                Disagreements.Add($"{label.CallId}: нарушение {rule} эксперт={gold} система={predicted}{(quote is null ? "" : $" «{quote}»")}");
            }
        }

        if (label.Topic.Length > 0)
        {
            Topic.Add(label.Topic, judgement.Topic);
        }

        if (label.Resolution.Length > 0)
        {
            Resolution.Add(label.Resolution, judgement.Resolution);
        }
    }

    public double MacroStageF1 => Stages.Values.Average(s => s.F1);

    /// <summary>F1 over all stage decisions pooled (micro average).</summary>
    public double MicroStageF1
    {
        get
        {
            var tp = Stages.Values.Sum(s => s.TruePositive);
            var fp = Stages.Values.Sum(s => s.FalsePositive);
            var fn = Stages.Values.Sum(s => s.FalseNegative);
            return tp == 0 ? 0 : 2.0 * tp / ((2.0 * tp) + fp + fn);
        }
    }

    public string Render()
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(ci, $"Звонков сопоставлено: {Calls}");
        sb.AppendLine();
        sb.AppendLine("Этап                  Точность  Полнота     F1  Эксперт(да)");
        foreach (var (id, a) in Stages)
        {
            sb.AppendLine(ci, $"{id,-20} {a.Precision,9:0.000} {a.Recall,8:0.000} {a.F1,6:0.000} {a.Support,12}");
        }

        sb.AppendLine(ci, $"{"среднее (макро)",-20} {"",9} {"",8} {MacroStageF1,6:0.000}");
        sb.AppendLine(ci, $"{"общее (микро)",-20} {"",9} {"",8} {MicroStageF1,6:0.000}");
        sb.AppendLine();
        sb.AppendLine("Нарушение                 Точность  Полнота     F1  Эксперт(да)");
        foreach (var (rule, a) in Violations)
        {
            sb.AppendLine(ci, $"{rule,-24} {a.Precision,9:0.000} {a.Recall,8:0.000} {a.F1,6:0.000} {a.Support,12}");
        }

        sb.AppendLine();
        sb.AppendLine(ci, $"Тема: точность {Topic.Accuracy:0.000}, каппа Коэна {Topic.Kappa:0.000}");
        sb.Append(Topic.Render());
        sb.AppendLine();
        sb.AppendLine(ci, $"Результат: точность {Resolution.Accuracy:0.000}, каппа Коэна {Resolution.Kappa:0.000}");
        sb.Append(Resolution.Render());
        return sb.ToString();
    }
}
