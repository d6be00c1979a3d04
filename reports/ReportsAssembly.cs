namespace QualityAnalytics.Reports;

internal static class ReportsAssembly;
