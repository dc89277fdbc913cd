using System.Text;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Panorama.Data.Tasks;

/// <summary>
/// SQLite: <c>tasks.FieldsJson</c> is read and written through EF as the JSON string it always was, and kept in the
/// column in its stored form (<see cref="StoredFields"/>). Text rows (written before compression, or placeholders)
/// read back as they are.
/// </summary>
public sealed class StoredFieldsConverter() : ValueConverter<string, byte[]>(
    json => StoredFields.Compress(Encoding.UTF8.GetBytes(json)),
    stored => Encoding.UTF8.GetString(StoredFields.Decompress(stored)));
