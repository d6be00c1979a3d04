using QualityAnalytics.Pipeline;
using QualityAnalytics.Pipeline.Batch;
using Spectre.Console;

namespace QualityAnalytics.Jobs.Cli;

/// <summary>The end-of-run summary, in Russian: this is what the scheduler reads in the morning.</summary>
internal static class RunSummaryView
{
    public static void Write(BatchSummary s, QaOptions options)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Итоги пакета").AddColumn("Показатель").AddColumn("Значение");
        table.AddRow("Входная папка", Markup.Escape(s.Input));
        table.AddRow("Строк в calls.csv", s.CallsRead.ToString());
        table.AddRow("Оценено звонков", s.Scored.ToString());
        table.AddRow("В карантине", s.Quarantined.ToString());
        foreach (var (reason, count) in s.QuarantinedByReason)
        {
            table.AddRow($"  карантин: {Markup.Escape(reason)}", count.ToString());
        }

        if (s.RecordingsQuarantined > 0)
        {
            // Not calls: each of these calls was scored from its transcript, and is counted above as scored.
            table.AddRow("Записей в карантине", $"{s.RecordingsQuarantined} (звонки оценены по транскрипту)");
            foreach (var (reason, count) in s.RecordingsQuarantinedByReason)
            {
                table.AddRow($"  карантин записи: {Markup.Escape(reason)}", count.ToString());
            }
        }

        foreach (var (verdict, count) in s.Verdicts)
        {
            table.AddRow($"  вердикт: {Markup.Escape(verdict)}", count.ToString());
        }

        foreach (var (source, count) in s.TranscriptSources)
        {
            table.AddRow($"  источник текста: {Markup.Escape(source)}", count.ToString());
        }

        foreach (var output in s.Outputs)
        {
            table.AddRow("Отчёт", Markup.Escape(output));
        }

        if (s.Quarantined > 0 || s.RecordingsQuarantined > 0)
        {
            table.AddRow("Папка карантина", Markup.Escape(options.QuarantineDir));
        }

        foreach (var note in s.Notes.Take(20))
        {
            table.AddRow("Примечание", Markup.Escape(note));
        }

        if (s.Notes.Count > 20)
        {
            table.AddRow("Примечание", $"… и ещё {s.Notes.Count - 20} (см. журнал в {Markup.Escape(Path.Combine(options.DataDir, "logs"))})");
        }

        table.AddRow("Время", $"{s.Elapsed.TotalSeconds:0.0} с");
        AnsiConsole.Write(table);
    }
}
