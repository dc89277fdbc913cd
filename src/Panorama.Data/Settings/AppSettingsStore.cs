using Microsoft.EntityFrameworkCore;

namespace Panorama.Data.Settings;

/// <summary>Reads and writes <see cref="AppSetting"/> values.</summary>
public sealed class AppSettingsStore(PanoramaDbContext db, TimeProvider time)
{
    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken) =>
        await db.AppSettings.AsNoTracking()
            .Where(s => s.Key == key)
            .Select(s => s.Value)
            .SingleOrDefaultAsync(cancellationToken);

    public async Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        var setting = await db.AppSettings.SingleOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (setting is null)
        {
            db.AppSettings.Add(new AppSetting { Key = key, Value = value, UpdatedAt = time.GetUtcNow() });
        }
        else
        {
            setting.Value = value;
            setting.UpdatedAt = time.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
