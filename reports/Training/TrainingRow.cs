namespace QualityAnalytics.Reports.Training;

/// <summary>One line of a team lead's sheet: an operator's gap with its evidence.</summary>
internal sealed record TrainingRow(OperatorPlan Plan, TrainingGap Gap);
