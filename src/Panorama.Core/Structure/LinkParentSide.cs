namespace Panorama.Core.Structure;

/// <summary>Which end of a link "From &lt;outward&gt; To" is the parent in a link hierarchy.</summary>
public enum LinkParentSide
{
    /// <summary>"From contains To": the outward side is the parent.</summary>
    From,

    /// <summary>"From is part of To": the inward side is the parent.</summary>
    To,
}
