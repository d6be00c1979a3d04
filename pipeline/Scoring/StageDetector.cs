using QualityAnalytics.Models.Judgement;
using QualityAnalytics.Pipeline.Classification;
using QualityAnalytics.Pipeline.Scoring.Script;

namespace QualityAnalytics.Pipeline.Scoring;

/// <summary>Finds the first operator segment that shows each phrase-based stage, within the stage's window.
/// Windows follow the operator parts of a transferred call: the opening is the call's own operator's
/// first turns (the senior who takes over mid-call does not open the call, and his greeting does not
/// cover for a missing one), the closing is the last turns of whichever operator ends the call.</summary>
public static class StageDetector
{
    /// <param name="questions">Tells a question from its words where the transcript has no punctuation at all (see
    /// <see cref="IsClarification"/>); null: only «?» and question words do.</param>
    public static SegmentView? FirstShowing(string stageId, IReadOnlyList<SegmentView> views, CompiledScript script, IQuestionClassifier? questions = null)
    {
        var wordsAsk = stageId == StageIds.NeedClarification && questions is not null && !Punctuated(views) ? questions : null;
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
                StageIds.NeedClarification => IsClarification(view, group, script, wordsAsk),
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
    /// word; in a transcript without punctuation, also a turn the question model takes for a question («вы меняли
    /// пароль», «лечение было в этом году или в прошлом» lose their «?» and have no question word). Not an
    /// identification request, an offer of further help or a line check.</summary>
    private static bool IsClarification(SegmentView view, int group, CompiledScript script, IQuestionClassifier? wordsAsk)
    {
        if (IsOtherKindOfQuestion(view, script))
        {
            return false;
        }

        if (script.AsksForIdentification(view))
        {
            return AsksBesidesIdentification(view, script);
        }

        return script.IsMatch(group, view.Hits[group])
            || view.Segment.Text.Contains('?', StringComparison.Ordinal)
            || script.IsMatch(script.QuestionWordGroup, view.Hits[script.QuestionWordGroup])
            || script.IsMatch(script.QuestionOpenerGroup, view.OpeningHits[script.QuestionOpenerGroup])
            || (wordsAsk is not null && wordsAsk.IsQuestion(view.Words));
    }

    /// <summary>An offer of further help or a line check («вы меня слышите?»): questions, but not about the request.</summary>
    private static bool IsOtherKindOfQuestion(SegmentView view, CompiledScript script)
    {
        var further = script.StageGroups[StageIds.FurtherHelp];
        return script.IsMatch(script.NotQuestionGroup, view.Hits[script.NotQuestionGroup]) || script.IsMatch(further, view.Hits[further]);
    }

    /// <summary>Whether a turn that asks for identification also asks about the request in a question of its own
    /// («Квитанция у вас сохранилась? Назовите ФИО и номер постановления.»): a sentence ending in «?» that is itself no
    /// identification request («Ваши ФИО и дата рождения?») and no question of another kind.</summary>
    private static bool AsksBesidesIdentification(SegmentView view, CompiledScript script)
    {
        foreach (var (words, hits, end) in script.SentencesOf(view))
        {
            if (end != '?' || words.Length == 0)
            {
                continue;
            }

            var sentence = script.PieceOf(view, words, hits);
            if ((!script.AsksForIdentification(sentence) || AsksAboutDocument(sentence, script)) && !IsOtherKindOfQuestion(sentence, script))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A question whether the caller has or did something with a document, not for its number: it names a
    /// factor beside one of the script's document-question words («есть», «помните», «внесли»…), without a word that
    /// asks for the data («назовите», «продиктуйте»…) or a request phrase.</summary>
    private static bool AsksAboutDocument(SegmentView sentence, CompiledScript script) =>
        script.DocumentQuestionWords.In(sentence.Words)
        && !script.DocumentQuestionUnless.In(sentence.Words)
        && !script.IsMatch(script.IdRequestGroup, sentence.Hits[script.IdRequestGroup]);

    /// <summary>Whether any turn has a sentence mark: punctuated text says its questions with «?», and there the
    /// model would only add false alarms.</summary>
    private static bool Punctuated(IReadOnlyList<SegmentView> views)
    {
        foreach (var view in views)
        {
            if (view.Segment.Text.AsSpan().IndexOfAny(".?!,") >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A substantive answer: a long enough turn with an information or instruction cue, not an identification
    /// request. An answer that names documents in one sentence and has a word of the request list in another («Приходите
    /// в МФЦ с паспортом и СНИЛС. Сотрудник зарегистрирует учётную запись на ваш номер») reads as a request taken whole;
    /// then its sentences that do not ask in so many words are what is weighed.</summary>
    private static bool IsSolution(SegmentView view, ScriptStage stage, CompiledScript script)
    {
        if (view.Words.Length < stage.MinWords)
        {
            return false;
        }

        var answer = script.AsksForIdentification(view) ? SentencesNotAsking(view, script) : view;
        var group = script.StageGroups[StageIds.Solution];
        return answer is not null
            && answer.Words.Length >= stage.MinWords
            && (script.IsMatch(group, answer.Hits[group]) || answer.Words.Length >= 2 * stage.MinWords);
    }

    /// <summary>The turn's sentences that do not ask for identification in so many words, as a view of their own; null
    /// when the turn has no sentence marks (nothing to tell apart) or every sentence asks.</summary>
    private static SegmentView? SentencesNotAsking(SegmentView view, CompiledScript script)
    {
        var sentences = script.SentencesOf(view).ToList();
        if (sentences.Count < 2)
        {
            return null;
        }

        var kept = new List<string>();
        foreach (var (words, hits, _) in sentences)
        {
            if (!script.AsksInSoManyWords(words, hits))
            {
                kept.AddRange(words);
            }
        }

        return kept.Count == 0 ? null : script.PieceOf(view, [.. kept]);
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
