using System.Globalization;
using CsvHelper;

namespace Panorama.Core.Reports;

/// <summary>
/// Writes a report as RFC 4180 CSV (CRLF records, fields quoted when needed, quotes doubled) with CsvHelper. Text that
/// a spreadsheet would run as a formula (starting with <c>= + - @</c>) is escaped: summaries come from Jira users.
/// Multi-valued cells are joined with "; ".
/// </summary>
public static class ReportCsv
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    public static void Write(ReportTable table, TextWriter output)
    {
        using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        foreach (var header in table.Headers)
        {
            csv.WriteField(header);
        }

        csv.EndRecord();
        foreach (var row in table.Rows)
        {
            foreach (var cell in row)
            {
                WriteCell(csv, cell);
            }

            csv.EndRecord();
        }

        csv.Flush();
    }

    public static string ToCsv(ReportTable table)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(table, text);
        return text.ToString();
    }

    private static void WriteCell(CsvWriter csv, object? cell)
    {
        switch (cell)
        {
            case long number:
                csv.WriteField(number, default);
                break;
            case double number:
                csv.WriteField(number, default);
                break;
            case bool flag:
                csv.WriteField(flag ? "true" : "false");
                break;
            case string[] texts:
                csv.WriteField(string.Join("; ", texts));
                break;
            default:
                csv.WriteField(cell?.ToString());
                break;
        }
    }
}
