using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using QualityAnalytics.Pipeline;
using QualityAnalytics.Pipeline.Aggregation;
using QualityAnalytics.Reports;
using QualityAnalytics.Reports.Data;

namespace QualityAnalytics.Tests.Support;

/// <summary>Three days of a small contact centre, stored, aggregated and reported: two teams, an operator who
/// discloses data before identifying the caller, personal data and a formula in the quotes.</summary>
internal sealed class ReportScenario : IDisposable
{
    public const string PassportDigits = "4512 345678";
    public const string Phone = "+7 916 123-45-67";
    public const string Email = "ivan.petrov@mail.ru";
    public const string Formula = "=HYPERLINK(\"http://x\",\"y\")";

    public static readonly ReportPeriod Period = new(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 4));

    private ReportScenario(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public string ReportsDir => Path.Combine(Database.Directory, "reports");

    public static async Task<ReportScenario> CreateAsync(CancellationToken cancellationToken)
    {
        var scenario = new ReportScenario(new TestDatabase());
        var builder = new StoredResultsBuilder();
        var n = 0;
        foreach (var day in new[] { "2026-03-02", "2026-03-03", "2026-03-04" })
        {
            for (var i = 0; i < 4; i++)
            {
                n++;
                var index = n;
                builder.Call($"c-{index:000}", $"{day}T{9 + i:00}:15:00+03:00", c =>
                {
                    c.OperatorId = $"op-{i + 1}";
                    c.OperatorName = new[] { "Смирнова Анна", "Кузнецов Пётр", "Попова Мария", "Волков Илья" }[i];
                    c.Team = i < 2 ? "Север" : "Юг";
                    c.CallerId = $"caller-{index % 5}";
                    c.Topic = index % 3 == 0 ? "payment" : "application_status";
                    c.ServiceCategory = index % 2 == 0 ? "пенсионная" : "медицинская";
                    c.Overall = 70 + 4 * i + index % 7;
                    c.Verdict = c.Overall >= 85 ? "pass" : c.Overall >= 70 ? "coach" : "fail";
                    c.QueueWaitS = 5 + 7 * i;
                    c.HandleS = 150 + 30 * i;
                    c.Segments.Add(("operator", 0.4, 3.0, "Добрый день, служба поддержки Госуслуг, оператор слушает."));
                    c.Segments.Add(("customer", 3.5, 8.0, "Здравствуйте, хочу узнать статус заявления."));
                    c.Segments.Add(("operator", 60, 62, "Всего доброго."));
                });
            }
        }

        // op-1 discloses data before identifying the caller, twice; quotes carry personal data and a formula.
        var disclosing = builder.Calls.Where(c => c.OperatorId == "op-1").Take(2).ToList();
        foreach (var call in disclosing)
        {
            call.Verdict = "fail";
            call.Violations.Add(("pd_before_identification", true, 41.2,
                $"Ваш паспорт {PassportDigits}, телефон {Phone}, почта {Email}, заявление одобрено"));
            call.Stages[1] = ("identification", false, true, null, null);
        }

        builder.Calls.First(c => c.OperatorId == "op-2").Violations.Add(("forbidden_phrase", false, 20, Formula));
        builder.Calls.First(c => c.OperatorId == "op-2").Violations.Add(("pd_before_identification", true, 25, Formula));
        foreach (var call in builder.Calls.Where(c => c.OperatorId == "op-3"))
        {
            call.Stages[5] = ("farewell", false, true, null, null);
        }

        await builder.WriteAsync(scenario.Database.Factory, cancellationToken);
        await new Aggregator(new AggregateStore(scenario.Database.Factory)).RecomputeRangeAsync(Period.From, Period.To, cancellationToken);
        return scenario;
    }

    public ReportWriter Writer(TimeProvider? time = null)
    {
        var store = new AggregateStore(Database.Factory);
        var source = new ReportDataSource(Database.Factory, store, time ?? TimeProvider.System);
        return new ReportWriter(
            source,
            new QaOptions { DataDir = Database.Directory },
            Options.Create(new ReportOptions()),
            NullLogger<ReportWriter>.Instance);
    }

    public void Dispose() => Database.Dispose();
}
