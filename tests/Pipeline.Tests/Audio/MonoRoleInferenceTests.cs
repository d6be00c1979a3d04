using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Audio;
using QualityAnalytics.Pipeline.Transcription;

namespace QualityAnalytics.Pipeline.Tests.Audio;

[TestClass]
public sealed class MonoRoleInferenceTests
{
    private static readonly SpeechInterval[] Turns = [new(0.5, 3.0), new(3.6, 6.0), new(6.5, 9.0), new(9.4, 11.0)];

    [TestMethod]
    public void Infer_AlternatesFromOperatorWithLowConfidence_WhenNoText()
    {
        var roles = MonoRoleInference.Infer(Turns, []);

        Assert.AreSequenceEqual(new[] { Speaker.Operator, Speaker.Customer, Speaker.Operator, Speaker.Customer }, roles.Speakers.ToArray());
        Assert.AreEqual(0.3, roles.Confidence);
        Assert.IsFalse(roles.FromText);
    }

    [TestMethod]
    public void Infer_GivesOperatorToTheGreeter_WhenCustomerSpeaksFirst()
    {
        TimedText[] text =
        [
            new(0.6, 2.9, "Алло, алло?"),
            new(3.7, 5.9, "Госуслуги, оператор Анна, здравствуйте, чем могу помочь?"),
            new(6.6, 8.9, "Я насчёт пенсии."),
            new(9.5, 10.9, "Назовите, пожалуйста, ваш СНИЛС."),
        ];

        var roles = MonoRoleInference.Infer(Turns, text);

        Assert.AreSequenceEqual(new[] { Speaker.Customer, Speaker.Operator, Speaker.Customer, Speaker.Operator }, roles.Speakers.ToArray());
        Assert.IsGreaterThan(0.5, roles.Confidence);
        Assert.IsTrue(roles.FromText);
    }
}
