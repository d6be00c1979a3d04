using System.Globalization;
using Microsoft.Data.Sqlite;
using QualityAnalytics.Models.Judgement;

namespace QualityAnalytics.Bench;

/// <summary>Fills the results schema with synthetic scored calls straight through prepared INSERTs: the bench
/// measures reading and reporting, not the pipeline that normally writes these rows.</summary>
internal static class StoredCallsGenerator
{
    public static void Generate(string connectionString, int calls, int days, DateOnly firstDay, int seed = 42)
    {
        var random = new Random(seed);
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var call = Command(connection, transaction, """
            INSERT INTO calls VALUES ($id, $started, $date, $op, $name, $team, $caller, $category, NULL, $queue, $hold, 'stereo_operator_left', 'asr', 1.0)
            """, "$id", "$started", "$date", "$op", "$name", "$team", "$caller", "$category", "$queue", "$hold");
        using var score = Command(connection, transaction, """
            INSERT INTO call_scores VALUES ($id, 'bench-1', 1, $topic, $resolution, $verdict, $overall, $adherence, $speed,
                $resolutionScore, $queue, 0.6, $mean, $p95, 4.0, $deadAir, 0.01, $handle, $hold)
            """, "$id", "$topic", "$resolution", "$verdict", "$overall", "$adherence", "$speed", "$resolutionScore", "$queue", "$mean", "$p95", "$deadAir", "$handle", "$hold");
        using var stage = Command(connection, transaction,
            "INSERT INTO stage_results VALUES ($id, 'bench-1', $stage, $ordinal, $done, 1, $start, $quote)",
            "$id", "$stage", "$ordinal", "$done", "$start", "$quote");
        using var violation = Command(connection, transaction,
            "INSERT INTO violations VALUES ($id, 'bench-1', $seq, $rule, $critical, 41.5, $quote)",
            "$id", "$seq", "$rule", "$critical", "$quote");
        using var segment = Command(connection, transaction,
            "INSERT INTO segments VALUES ($id, $seq, $speaker, $start, $end, $text)",
            "$id", "$seq", "$speaker", "$start", "$end", "$text");

        string[] categories = ["пенсионная", "медицинская", "жилищная", "налоговая", "общая"];
        string[] resolutions = [Resolutions.Resolved, Resolutions.Resolved, Resolutions.Resolved, Resolutions.Transferred, Resolutions.Callback, Resolutions.Unresolved];
        for (var i = 0; i < calls; i++)
        {
            var id = $"b-{i:000000}";
            var op = random.Next(200);
            var day = firstDay.AddDays(random.Next(days));
            var started = day.ToDateTime(new TimeOnly(8 + random.Next(12), random.Next(60), random.Next(60)));
            var overall = Math.Clamp(60 + random.NextDouble() * 40 - (op % 17 == 0 ? 15 : 0), 0, 100);
            var critical = random.NextDouble() < (op % 23 == 0 ? 0.2 : 0.02);
            var queue = random.NextDouble() < 0.1 ? (double?)null : Math.Round(random.NextDouble() * 60, 1);
            Run(call, id, started.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture) + "+03:00",
                day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"op-{op:000}", $"Оператор {op:000}",
                $"Команда {op / 20 + 1}", random.NextDouble() < 0.1 ? null : $"cust-{random.Next(40_000)}",
                categories[random.Next(categories.Length)], queue, random.NextDouble() < 0.8 ? 0.0 : 30.0);
            Run(score, id, Topics.All[random.Next(Topics.All.Count)], resolutions[random.Next(resolutions.Length)],
                Verdicts.For(overall, critical), overall, overall, 70 + random.NextDouble() * 30, 100.0, queue,
                0.5 + random.NextDouble(), 1.5 + random.NextDouble() * 3, random.NextDouble() * 0.1, 120 + random.NextDouble() * 400, 0.0);
            for (var s = 0; s < StageIds.All.Count; s++)
            {
                var done = random.NextDouble() > (op % 11 == 0 ? 0.3 : 0.05);
                Run(stage, id, StageIds.All[s], s, done ? 1 : 0, done ? (object)(s * 20.0) : DBNull.Value, done ? "Добрый день, служба поддержки." : DBNull.Value);
            }

            var seq = 0;
            if (critical)
            {
                Run(violation, id, seq++, ViolationRules.PdBeforeIdentification, 1, "Ваше заявление одобрено, паспорт [паспорт] проверен.");
            }

            if (random.NextDouble() < 0.05)
            {
                Run(violation, id, seq, ViolationRules.ForbiddenPhrase, 0, "Это не ко мне, звоните в другое место.");
            }

            Run(segment, id, 0, "operator", 0.5, 3.0, "Добрый день, служба поддержки Госуслуг, оператор слушает.");
            Run(segment, id, 1, "customer", 3.5, 9.0, "Здравствуйте, хочу узнать статус заявления.");
            Run(segment, id, 2, "operator", 200.0, 202.0, "Всего доброго, до свидания.");
        }

        transaction.Commit();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
