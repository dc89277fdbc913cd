using System.Buffers.Text;
using System.Text;

namespace Panorama.JiraSim.Rest;

/// <summary>
/// Pagination state of <c>search/jql</c>: the first page evaluates the query once and keeps the ordered ids; the
/// opaque <c>nextPageToken</c> names that snapshot and the position in it. A few dozen snapshots are kept; when one
/// has been evicted the query is evaluated again and the page resumes after the last issue returned.
/// </summary>
internal sealed class SearchCursors
{
    private const int MaxCursors = 48;
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Cursor> _cursors = [];
    private long _next = 1;

    public Cursor Create(long[] ids, string query)
    {
        lock (_gate)
        {
            if (_cursors.Count >= MaxCursors)
            {
                _cursors.Remove(_cursors.Keys.Min());
            }

            var cursor = new Cursor(_next++, ids, query);
            _cursors[cursor.Id] = cursor;
            return cursor;
        }
    }

    public Cursor? Find(long id, string query)
    {
        lock (_gate)
        {
            return _cursors.TryGetValue(id, out var cursor) && cursor.Query == query ? cursor : null;
        }
    }

    public static string Token(long cursorId, int offset, long lastId) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{cursorId}.{offset}.{lastId}"));

    public static bool TryParse(string token, out long cursorId, out int offset, out long lastId)
    {
        cursorId = 0;
        offset = 0;
        lastId = 0;
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split('.');
            return parts.Length == 3 && long.TryParse(parts[0], out cursorId) && int.TryParse(parts[1], out offset) &&
                   long.TryParse(parts[2], out lastId) && offset >= 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    internal sealed record Cursor(long Id, long[] Ids, string Query);
}
