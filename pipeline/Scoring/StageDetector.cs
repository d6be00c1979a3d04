using QualityAnalytics.Models.Judgement;
using QualityAnalytics.Pipeline.Scoring.Script;

namespace QualityAnalytics.Pipeline.Scoring;

/// <summary>Finds the first operator segment that shows each phrase-based stage, within the stage's window.
/// Windows follow the operator parts of a transferred call: the opening is the call's own operator's
/// first turns (the senior who takes over mid-call does not open the call, and his greeting does not
/// cover for a missing one), the closing is the last turns of whichever operator ends the call.</summary>
public static class StageDetector
{
    public static SegmentView? FirstShowing(string stageId, IReadOnlyList<SegmentView> views, CompiledScript script)
    {
        var stage = script.Script.Stage(stageId);
        var group = script.StageGroups[stageId];
        var lastPart = views.Count == 0 ? 0 : views[^1].Part;
        var partStart = views.Count == 0 ? 0 : views[0].Segment.Start;
        foreach (var view in views)
        {
            if (!view.IsOperator || !InWindow(view, stage.Window, lastPart, partStart))
            {
                continue;
            }

            var shows = stageId switch
            {
                StageIds.Solution => IsSolution(view, stage, script),
                StageIds.NeedClarification => IsClarification(view, group, script),
                _ => script.IsMatch(group, view.Hits[group]),
            };
            if (shows)
            {
                return view;
            }
        }

        return null;
    }

    /// <summary>A question about the caller's situation: an example phrasing, a "?" in clean text, or a question
    /// word; not an identification request, an offer of further help or a line check.</summary>
    private static bool IsClarification(SegmentView view, int group, CompiledScript script)
    {
        var further = script.StageGroups[StageIds.FurtherHelp];
        if (script.IsMatch(script.NotQuestionGroup, view.Hits[script.NotQuestionGroup])
            || script.IsMatch(further, view.Hits[further])
            || script.AsksForIdentification(view))
        {
            return false;
        }

        return script.IsMatch(group, view.Hits[group])
            || view.Segment.Text.Contains('?', StringComparison.Ordinal)
            || script.IsMatch(script.QuestionWordGroup, view.Hits[script.QuestionWordGroup])
            || script.IsMatch(script.QuestionOpenerGroup, view.OpeningHits[script.QuestionOpenerGroup]);
    }

    /// <summary>A substantive answer: a long enough turn with an information or instruction cue.</summary>
    private static bool IsSolution(SegmentView view, ScriptStage stage, CompiledScript script)
    {
        var group = script.StageGroups[StageIds.Solution];
        return view.Words.Length >= stage.MinWords
            && !script.AsksForIdentification(view)
            && (script.IsMatch(group, view.Hits[group]) || view.Words.Length >= 2 * stage.MinWords);
    }

    private static bool InWindow(SegmentView view, StageWindow? window, int lastPart, double callStart)
    {
        if (window is null)
        {
            return true;
        }

        if (window.Part == "closing")
        {
            return view.Part == lastPart && view.TurnsFromPartEnd < window.OperatorTurns;
        }

        return view.Part == 0
            && view.TurnInPart < window.OperatorTurns
            && (window.Seconds <= 0 || view.Segment.Start - callStart <= window.Seconds);
    }
}
