using System.Net;
using System.Text;
using QualityAnalytics.Pipeline.Batch;

namespace QualityAnalytics.Jobs.Serve;

/// <summary>The /batches page: progress of the latest batches, for schedulers who do not read Hangfire job lists.</summary>
public static class BatchesPage
{
    public static string Render(IReadOnlyList<BatchStatus> batches)
    {
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><meta http-equiv="refresh" content="10">
            <title>Пакеты звонков</title>
            <style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}
            .bar{background:#eee;width:160px;height:12px}.bar div{background:#3a7;height:12px}</style></head><body>
            <h1>Пакеты звонков</h1><p><a href="hangfire">Панель заданий Hangfire</a> · страница обновляется каждые 10 секунд</p>
            <table><tr><th>Пакет</th><th>Папка</th><th>Запуск</th><th>Создан (UTC)</th><th>Ход</th><th>Обработано</th>
            <th>Оценено</th><th>Карантин</th><th>Состояние</th></tr>
            """);
        foreach (var b in batches)
        {
            var percent = b.TotalCalls == 0 ? 100 : 100 * b.Finished / b.TotalCalls;
            html.Append("<tr><td>").Append(E(b.BatchId)).Append("</td><td>").Append(E(b.InputDir))
                .Append("</td><td>").Append(b.Source == "nightly" ? "ночной" : "вручную")
                .Append("</td><td>").Append(E(b.CreatedAt.Length >= 19 ? b.CreatedAt[..19].Replace('T', ' ') : b.CreatedAt))
                .Append("</td><td><div class=\"bar\"><div style=\"width:").Append(percent).Append("%\"></div></div>")
                .Append("</td><td>").Append(b.Finished).Append(" / ").Append(b.TotalCalls)
                .Append("</td><td>").Append(b.Scored)
                .Append("</td><td>").Append(b.Quarantined + b.RejectedAtIngest)
                .Append("</td><td>").Append(State(b)).Append("</td></tr>");
        }

        if (batches.Count == 0)
        {
            html.Append("<tr><td colspan=\"9\">Пакетов пока нет</td></tr>");
        }

        return html.Append("</table></body></html>").ToString();
    }

    private static string State(BatchStatus b) =>
        b.IsCompleted ? (string.IsNullOrEmpty(b.Outputs) ? "завершён" : $"завершён, отчётов: {b.Outputs.Split('\n').Length}")
        : b.CompletionClaimedBy is not null ? "агрегаты и отчёты"
        : b.Finished == 0 ? "в очереди"
        : "идёт обработка";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
