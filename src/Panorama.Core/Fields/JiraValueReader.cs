using System.Text.Json;

namespace Panorama.Core.Fields;

/// <summary>
/// Reads the display texts of a raw Jira value straight from its UTF-8 JSON (the same texts as
/// <see cref="JiraValueText"/>), without building a document: grouping 100,000 tasks by a native field would
/// otherwise parse 100,000 small documents.
/// </summary>
internal static class JiraValueReader
{
    private static readonly byte[][] NameProperties = ["displayName"u8.ToArray(), "name"u8.ToArray(), "value"u8.ToArray(), "key"u8.ToArray(), "id"u8.ToArray()];

    /// <summary>Calls <paramref name="visit"/> once per text (unescaped UTF-8); returns how many there were.</summary>
    public static int Visit(ReadOnlySpan<byte> raw, ITextVisitor visit)
    {
        var reader = new Utf8JsonReader(raw);
        if (!reader.Read())
        {
            return 0;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return VisitValue(raw, ref reader, visit);
        }

        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            count += VisitValue(raw, ref reader, visit);
        }

        return count;
    }

    private static int VisitValue(ReadOnlySpan<byte> raw, ref Utf8JsonReader reader, ITextVisitor visit)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return Emit(ref reader, visit);
            case JsonTokenType.Number:
                visit.Text(reader.ValueSpan);
                return 1;
            case JsonTokenType.True:
                visit.Text("true"u8);
                return 1;
            case JsonTokenType.False:
                visit.Text("false"u8);
                return 1;
            case JsonTokenType.StartObject:
                return VisitObject(raw, ref reader, visit);
            case JsonTokenType.StartArray:
                reader.Skip();
                return 0;
            default:
                return 0;
        }
    }

    /// <summary>The object's best name property (displayName, name, value, key, id in that order of preference).</summary>
    private static int VisitObject(ReadOnlySpan<byte> raw, ref Utf8JsonReader reader, ITextVisitor visit)
    {
        var bestRank = int.MaxValue;
        long bestStart = -1;
        var depth = reader.CurrentDepth;
        while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            var rank = Rank(ref reader);
            reader.Read();
            if (rank < bestRank && reader.TokenType is JsonTokenType.String or JsonTokenType.Number)
            {
                bestRank = rank;
                bestStart = reader.TokenStartIndex;
            }
            else
            {
                reader.Skip();
            }
        }

        if (bestStart < 0)
        {
            return 0;
        }

        var best = new Utf8JsonReader(raw[(int)bestStart..]);
        best.Read();
        return best.TokenType == JsonTokenType.Number ? Number(ref best, visit) : Emit(ref best, visit);
    }

    private static int Number(ref Utf8JsonReader reader, ITextVisitor visit)
    {
        visit.Text(reader.ValueSpan);
        return 1;
    }

    private static int Rank(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < NameProperties.Length; i++)
        {
            if (reader.ValueTextEquals(NameProperties[i]))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static int Emit(ref Utf8JsonReader reader, ITextVisitor visit)
    {
        if (!reader.ValueIsEscaped)
        {
            visit.Text(reader.ValueSpan);
            return 1;
        }

        var buffer = new byte[reader.ValueSpan.Length];
        var written = reader.CopyString(buffer);
        visit.Text(buffer.AsSpan(0, written));
        return 1;
    }
}

/// <summary>Receives texts from <see cref="JiraValueReader"/>; the span is only valid during the call.</summary>
internal interface ITextVisitor
{
    void Text(ReadOnlySpan<byte> utf8);
}
