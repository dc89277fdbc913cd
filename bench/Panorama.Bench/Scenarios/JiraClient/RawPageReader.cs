using System.Text;

namespace Panorama.Bench.Scenarios.JiraClient;

/// <summary>
/// Reads every page into one reused buffer without parsing it: what serving and moving the pages costs (the in-process
/// simulator's work and HTTP). Used to warm the simulator's render cache and as the baseline that the readers'
/// allocations are measured against.
/// </summary>
internal sealed class RawPageReader(HttpClient http)
{
    private byte[] _buffer = new byte[1 << 20];

    public async Task<IssueTally> ReadAsync(string jql, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        var tally = new IssueTally();
        string? token = null;
        do
        {
            using var response = await http.GetAsync(SearchUrl.For(jql, fields, token), HttpCompletionOption.ResponseHeadersRead,
                cancellationToken);
            response.EnsureSuccessStatusCode();
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            var length = 0;
            int read;
            while ((read = await stream.ReadAsync(_buffer.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
                if (length == _buffer.Length)
                {
                    Array.Resize(ref _buffer, _buffer.Length * 2);
                }
            }

            tally.AddUnread(CountIssues(_buffer.AsSpan(0, length)));
            tally.Pages++;
            tally.Bytes += length;
            token = NextPageToken(_buffer.AsSpan(0, length));
        }
        while (token is not null);

        return tally;
    }

    /// <summary>Each issue bean starts with its <c>expand</c> property; counting them avoids parsing the page.</summary>
    private static int CountIssues(ReadOnlySpan<byte> body)
    {
        var marker = "{\"expand\":"u8;
        var count = 0;
        int index;
        while ((index = body.IndexOf(marker)) >= 0)
        {
            count++;
            body = body[(index + marker.Length)..];
        }

        return count;
    }

    /// <summary>The token follows the issues, so it is near the end of the body.</summary>
    private static string? NextPageToken(ReadOnlySpan<byte> body)
    {
        var marker = "\"nextPageToken\":\""u8;
        var tail = body[Math.Max(0, body.Length - 512)..];
        var index = tail.LastIndexOf(marker);
        if (index < 0)
        {
            return null;
        }

        var rest = tail[(index + marker.Length)..];
        return Encoding.UTF8.GetString(rest[..rest.IndexOf((byte)'"')]);
    }
}
