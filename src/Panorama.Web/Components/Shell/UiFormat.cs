namespace Panorama.Web.Components.Shell;

/// <summary>How pages write values. Times are UTC: the server does not know the reader's time zone.</summary>
public static class UiFormat
{
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'");

    public static string Time(DateTimeOffset? at, string none) => at is { } value ? Time(value) : none;
}
