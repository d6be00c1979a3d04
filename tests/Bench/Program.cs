using QualityAnalytics.Bench;

return await BenchSuites.RunAsync(args);
