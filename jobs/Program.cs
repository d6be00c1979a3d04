using QualityAnalytics.Jobs.Cli;

return await QaCommandLine.Create().RunAsync(args);
