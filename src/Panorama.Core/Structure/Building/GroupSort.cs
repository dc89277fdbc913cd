namespace Panorama.Core.Structure.Building;

/// <summary>
/// Where a group sorts among its builder's groups: by <see cref="Band"/> (status category order, site order, numbers
/// before text, "(no value)" last), then by number, then by text ignoring case.
/// </summary>
internal readonly record struct GroupSort(int Band, double Number, string Text) : IComparable<GroupSort>
{
    public static GroupSort NoValue { get; } = new(int.MaxValue, 0, "");

    public static GroupSort ForText(string text) =>
        double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? new GroupSort(0, number, text)
            : new GroupSort(1, 0, text);

    public int CompareTo(GroupSort other)
    {
        var byBand = Band.CompareTo(other.Band);
        if (byBand != 0)
        {
            return byBand;
        }

        var byNumber = Number.CompareTo(other.Number);
        if (byNumber != 0)
        {
            return byNumber;
        }

        var byText = string.Compare(Text, other.Text, StringComparison.OrdinalIgnoreCase);
        return byText != 0 ? byText : string.CompareOrdinal(Text, other.Text);
    }
}
