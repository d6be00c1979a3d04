namespace QualityAnalytics.Pipeline.Classification;

/// <summary>Receives hashed feature occurrences from <see cref="HashedTextVectorizer.AddView"/>. A struct
/// constraint lets the JIT inline the sink into the hashing loop.</summary>
public interface IFeatureSink
{
    void Add(int index);
}
