using QualityAnalytics.Models.Judgement;
using QualityAnalytics.Pipeline.Scoring.Matching;
using QualityAnalytics.Pipeline.Scoring.Script;

namespace QualityAnalytics.Pipeline.Scoring;

/// <summary>The script's phrase lists compiled into one matcher, with the group index of each list.</summary>
public sealed class CompiledScript
{
    public CompiledScript(OperatorScript script)
    {
        Script = script;
        var groups = new List<IReadOnlyList<string>>();
        int Add(IReadOnlyList<string> phrases)
        {
            groups.Add(phrases);
            return groups.Count - 1;
        }

        StageGroups = StageIds.All.ToDictionary(id => id, id => Add(script.Stage(id).Phrases));
        var clarification = script.Stage(StageIds.NeedClarification);
        QuestionWordGroup = Add(clarification.QuestionWords);
        QuestionOpenerGroup = Add(clarification.QuestionOpeners);
        NotQuestionGroup = Add(clarification.NotQuestions);
        DocumentQuestionWords = ExactWords(clarification.DocumentQuestionWords);
        DocumentQuestionUnless = ExactWords(clarification.DocumentQuestionUnless);
        var identification = script.Stage(StageIds.Identification);
        FactorGroups = identification.Factors.Select(f => Add(f.Value)).ToArray();
        FactorNames = [.. identification.Factors.Keys];
        FreeFormFactorIndexes = identification.Factors.Keys
            .Select((name, index) => (name, index))
            .Where(f => f.name is "control_question")
            .Select(f => f.index)
            .ToArray();
        IdRequestGroup = Add(identification.Requests);
        IdRequestWordGroup = Add(identification.RequestWords);
        IdAskWords = ExactWords(identification.AskWords);
        RequestTurnWords = identification.RequestTurnWords;
        IdConfirmationGroup = Add(identification.Confirmations);
        IdRefusalGroup = Add(identification.Refusals);
        LookGroup = Add(script.PersonalData.LookCues);
        RecordGroup = Add(script.PersonalData.RecordCues);
        StatusGroup = Add(script.PersonalData.StatusCues);
        DisclosureExclusionGroup = Add(script.PersonalData.Exclusions);
        StatusOwnerWords = new WordRuns(script.PersonalData.StatusOwnerWords);
        StatusConditionalWords = new WordRuns(script.PersonalData.StatusConditionalWords);
        CallerOwnCaseWords = new WordRuns(script.PersonalData.CallerOwnCaseWords);
        SelfCorrections = new WordRuns(script.PersonalData.SelfCorrections);
        DisclosureAdmissions = new WordRuns(script.PersonalData.DisclosureAdmissions);
        ActionPhrases = ExactWords(script.ActionsOnBehalf.Phrases);
        ActionUnless = ExactWords(script.ActionsOnBehalf.Unless);
        ForbiddenGroups = script.ForbiddenPhrases.Select(f => Add(f.Variants)).ToArray();
        ForbiddenUnlessGroups = script.ForbiddenPhrases.Select(f => Add(f.Unless)).ToArray();
        Matcher = new PhraseMatcher(groups);
        Phrases = groups;
    }

    public OperatorScript Script { get; }

    /// <summary>need_clarification's words that turn a question naming a factor into one about the document, and those
    /// that keep it a request.</summary>
    public WordRuns DocumentQuestionWords { get; }

    public WordRuns DocumentQuestionUnless { get; }

    private static WordRuns ExactWords(IEnumerable<string> entries) =>
        new(entries.Select(entry => string.Join(' ', TextNormalizer.Tokenize(TextNormalizer.Normalize(entry)))));

    /// <summary>The personal-data word lists matched exactly (see <see cref="PersonalDataCues"/>).</summary>
    public WordRuns StatusOwnerWords { get; }

    public WordRuns StatusConditionalWords { get; }

    public WordRuns CallerOwnCaseWords { get; }

    public WordRuns SelfCorrections { get; }

    public WordRuns DisclosureAdmissions { get; }

    /// <summary>The script's actions on the caller's behalf and the words that make a turn none (exact words).</summary>
    public WordRuns ActionPhrases { get; }

    public WordRuns ActionUnless { get; }
    public PhraseMatcher Matcher { get; }
    public IReadOnlyList<IReadOnlyList<string>> Phrases { get; }
    public IReadOnlyDictionary<string, int> StageGroups { get; }
    public int QuestionWordGroup { get; }
    public int QuestionOpenerGroup { get; }
    public int NotQuestionGroup { get; }
    public int[] FactorGroups { get; }

    /// <summary>The script's name of each factor (<c>name</c>, <c>birth_date</c>, <c>passport</c>…), by the same index.</summary>
    public string[] FactorNames { get; }

    /// <summary>Indexes (into <see cref="FactorGroups"/>) of factors answered in free words, not data.</summary>
    public int[] FreeFormFactorIndexes { get; }
    public int IdRequestGroup { get; }
    public int IdRequestWordGroup { get; }

    /// <summary>Identification's words that ask even where a turn reads a number out (see <see cref="ReadsOutData"/>).</summary>
    public WordRuns IdAskWords { get; }
    public int RequestTurnWords { get; }
    public int IdConfirmationGroup { get; }
    public int IdRefusalGroup { get; }
    public int LookGroup { get; }
    public int RecordGroup { get; }
    public int StatusGroup { get; }
    public int DisclosureExclusionGroup { get; }
    public int[] ForbiddenGroups { get; }
    public int[] ForbiddenUnlessGroups { get; }

    /// <summary>Words at the start of a turn that make it a question.</summary>
    public const int OpeningWords = 5;

    /// <summary>Whether the operator asks for identification data in this segment: in so many words, or by naming
    /// a factor in a short turn («И СНИЛС.»).</summary>
    public bool AsksForIdentification(SegmentView view) =>
        AsksInSoManyWords(view.Words, view.Hits) || (view.Words.Length <= RequestTurnWords && NamesFactor(view.Hits));

    /// <summary>Whether words with these hits ask for identification by a request phrase, or a factor next to a
    /// request word («назовите…», «для проверки…»), whatever their length, unless they read data out.</summary>
    public bool AsksInSoManyWords(string[] words, PhraseHit[] hits) =>
        IsMatch(IdRequestGroup, hits[IdRequestGroup])
        || (IsMatch(IdRequestWordGroup, hits[IdRequestWordGroup]) && NamesFactor(hits) && !ReadsOutData(words));

    private bool NamesFactor(PhraseHit[] hits) => FactorGroups.Any(f => IsMatch(f, hits[f]));

    /// <summary>Whether naming a factor in this turn asks for it: a short turn, or a request word — not in a turn
    /// that reads data out.</summary>
    public bool IsRequestContext(SegmentView view) =>
        (view.Words.Length <= RequestTurnWords || IsMatch(IdRequestWordGroup, view.Hits[IdRequestWordGroup]))
        && !ReadsOutData(view.Words);

    /// <summary>Words holding a dictated number and no word that asks («в нём указан паспорт 4512 345678 и СНИЛС…»,
    /// «по вашему номеру вижу: СНИЛС 123-456-789 01»): factors named there come with their values, read out, not
    /// asked for — the disclosure guard weighs such a turn. «Ваш номер телефона 8 912…, назовите дату рождения» asks.</summary>
    public bool ReadsOutData(string[] words) => PersonalDataShapes.HasDictatedNumber(words) && !IdAskWords.In(words);

    /// <summary>A piece of a turn (one of its sentences, the words before a request) as a view of its own: the piece's
    /// words, their hits and their opening hits, in the turn's place.</summary>
    public SegmentView PieceOf(SegmentView view, string[] words) => PieceOf(view, words, Matcher.Match(words));

    /// <summary>The same, for words whose hits are already known.</summary>
    public SegmentView PieceOf(SegmentView view, string[] words, PhraseHit[] hits)
    {
        var opening = words.Length > OpeningWords ? Matcher.Match(words[..OpeningWords]) : hits;
        return view with { Words = words, Hits = hits, OpeningHits = opening };
    }

    /// <summary>A turn's sentences as punctuation marks them (<see cref="TextNormalizer.Sentences"/>): each one's
    /// normalised words, their hits, and the mark that ends it.</summary>
    public IEnumerable<(string[] Words, PhraseHit[] Hits, char End)> SentencesOf(SegmentView view)
    {
        foreach (var (text, end) in TextNormalizer.Sentences(view.Segment.Text))
        {
            var words = TextNormalizer.Tokenize(TextNormalizer.Normalize(text));
            yield return (words, Matcher.Match(words), end);
        }
    }

    /// <summary>Whether a hit of a group counts: one-word phrases must match more closely.</summary>
    public bool IsMatch(int group, PhraseHit hit)
    {
        if (hit.Score <= 0 || hit.PhraseIndex < 0)
        {
            return false;
        }

        var phrase = Phrases[group][hit.PhraseIndex];
        var threshold = phrase.Contains(' ', StringComparison.Ordinal)
            ? Script.Matching.Threshold
            : Script.Matching.ShortPhraseThreshold;
        return hit.Score >= threshold;
    }
}
