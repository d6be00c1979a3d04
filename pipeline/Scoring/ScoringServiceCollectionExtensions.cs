using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QualityAnalytics.Pipeline.Classification;
using QualityAnalytics.Pipeline.Scoring.Script;

namespace QualityAnalytics.Pipeline.Scoring;

public static class ScoringServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ICallJudge"/> (singleton: the script is compiled and the models loaded once).</summary>
    public static IServiceCollection AddScoringStage(this IServiceCollection services, Action<ScoringOptions>? configure = null)
    {
        var options = services.AddOptions<ScoringOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddSingleton(sp => new CompiledScript(OperatorScriptLoader.Load(sp.GetRequiredService<IOptions<ScoringOptions>>().Value.ScriptPath)));
        services.AddSingleton<ICallClassifier>(sp => MlCallClassifier.Load(sp.GetRequiredService<IOptions<ScoringOptions>>().Value.ModelsDir));
        services.AddSingleton<IDismissalClassifier>(sp => MlDismissalClassifier.Load(sp.GetRequiredService<IOptions<ScoringOptions>>().Value.ModelsDir));
        services.AddSingleton<IDisclosureClassifier>(sp => MlDisclosureClassifier.Load(sp.GetRequiredService<IOptions<ScoringOptions>>().Value.ModelsDir));
        services.AddSingleton<IQuestionClassifier>(sp => MlQuestionClassifier.Load(sp.GetRequiredService<IOptions<ScoringOptions>>().Value.ModelsDir));
        services.AddSingleton<ICallJudge, ScriptCallJudge>();
        return services;
    }
}
