using QualityAnalytics.Models.Calls;
using QualityAnalytics.Models.Judgement;
using QualityAnalytics.Pipeline.Classification;
using QualityAnalytics.Pipeline.Scoring;
using QualityAnalytics.Pipeline.Scoring.Script;

namespace QualityAnalytics.Pipeline.Tests.Scoring;

/// <summary>The shipped script, compiled once for all scoring tests, and small builders of calls.</summary>
internal static class ScoringFixtures
{
    private static readonly Lazy<CompiledScript> Compiled = new(() =>
        new CompiledScript(OperatorScriptLoader.Load(new ScoringOptions().ScriptPath)));

    public static CompiledScript Script => Compiled.Value;

    public static CallRecord Call(string id = "c-1") =>
        new() { CallId = id, StartedAt = DateTimeOffset.Parse("2026-11-20T09:00:00+03:00", System.Globalization.CultureInfo.InvariantCulture), OperatorId = "op-1" };

    /// <summary>Alternating turns from "о:"/"к:" prefixed lines, 4 s each; "о[op-9]:" marks another operator.</summary>
    public static Transcript Dialogue(params string[] lines)
    {
        var segments = new List<Segment>();
        var t = 0.5;
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var who = line[..colon];
            var text = line[(colon + 1)..].Trim();
            string? operatorId = who.StartsWith("о[", StringComparison.Ordinal) ? who[2..^1] : null;
            var speaker = who.StartsWith('о') ? Speaker.Operator : Speaker.Customer;
            segments.Add(new Segment(speaker, t, t + 3.5, text) { OperatorId = operatorId });
            t += 4;
        }

        return new Transcript("c-1", "ru", segments);
    }

    public static CallJudgement Judge(Transcript transcript, string topic = Topics.Other, string resolution = Resolutions.Resolved) =>
        new ScriptCallJudge(Script, new FixedClassifier(topic, resolution))
            .Judge(Call(), transcript, TranscriptSource.Transcript, new SpeedMetrics());

    public static StageResult Stage(this CallJudgement judgement, string id) => judgement.Stages.Single(s => s.Id == id);
}

/// <summary>Topic and resolution fixed by the test, so stage tests do not depend on the trained models.</summary>
internal sealed class FixedClassifier(string topic, string resolution) : ICallClassifier
{
    public (string Topic, string Resolution) Classify(IReadOnlyList<Segment> segments) => (topic, resolution);
}
