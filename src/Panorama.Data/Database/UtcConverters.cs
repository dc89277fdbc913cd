using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Panorama.Data.Database;

/// <summary>Stores a <see cref="DateTimeOffset"/> as UTC ticks (SQLite); reads it back with offset zero.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));

/// <summary>Normalises a <see cref="DateTimeOffset"/> to UTC on the way in (PostgreSQL timestamptz).</summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value.ToUniversalTime());
