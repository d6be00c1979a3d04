namespace QualityAnalytics.Pipeline.Privacy;

/// <summary>The runs of letters in a text, as spans, without allocating: the words the masking patterns see between
/// their word boundaries. <c>foreach (var word in new LetterWords(text))</c>.</summary>
internal ref struct LetterWords
{
    private readonly ReadOnlySpan<char> _text;
    private int _next;

    public LetterWords(ReadOnlySpan<char> text)
    {
        _text = text;
    }

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly LetterWords GetEnumerator() => this;

    public bool MoveNext()
    {
        while (_next < _text.Length && !char.IsLetter(_text[_next]))
        {
            _next++;
        }

        var start = _next;
        while (_next < _text.Length && char.IsLetter(_text[_next]))
        {
            _next++;
        }

        Current = _text[start.._next];
        return _next > start;
    }
}
