using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace QualityAnalytics.Pipeline.Ingest;

/// <summary>Reads calls.csv (RFC 4180: quoted fields, embedded commas and newlines, optional BOM) and validates every row.</summary>
public static class CallsCsvReader
{
    public static CallsCsvResult Read(InputFolder input)
    {
        if (!File.Exists(input.CallsCsv))
        {
            throw new InputUnusableException($"No calls.csv in {input.Root}.");
        }

        string? badDataRow = null;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            DetectDelimiter = false,
            MissingFieldFound = null,
            BadDataFound = args => badDataRow ??= args.RawRecord,
        };

        using var reader = new StreamReader(input.CallsCsv, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, config);
        if (!csv.Read())
        {
            throw new InputUnusableException("calls.csv is empty: it needs a header row with " + string.Join(", ", CallsCsvColumns.Required) + ".");
        }

        csv.ReadHeader();
        var header = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var missing = CallsCsvColumns.Required.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            throw new InputUnusableException($"calls.csv lacks required column(s): {string.Join(", ", missing)}.");
        }

        var columns = header.Select((name, index) => (name, index))
            .GroupBy(c => c.name).ToDictionary(g => g.Key, g => g.First().index);
        var validator = new CallRowValidator(input);
        var calls = new List<Models.Calls.CallRecord>();
        var rejected = new List<Rejection>();
        var rows = 0;
        while (csv.Read())
        {
            rows++;
            var rowNumber = csv.Parser.Row;
            var raw = csv.Parser.RawRecord.TrimEnd('\r', '\n');
            if (badDataRow is not null)
            {
                rejected.Add(new Rejection($"row-{rowNumber}", "malformed_csv_row", "The row is not valid CSV (a stray quote).", [], raw));
                badDataRow = null;
                continue;
            }

            var fields = columns.ToDictionary(c => c.Key, c => csv.TryGetField<string>(c.Value, out var v) ? v?.Trim() ?? "" : "");
            var outcome = validator.Validate(fields, rowNumber, raw);
            if (outcome.Call is not null)
            {
                calls.Add(outcome.Call);
            }
            else
            {
                rejected.Add(outcome.Rejection!);
            }
        }

        return new CallsCsvResult(calls, rejected, rows);
    }
}
