namespace Panorama.Core.Views.Folding;

/// <summary>A per-task statistic that combines additively over a subtree.</summary>
internal interface IFoldable<T>
    where T : struct, IFoldable<T>
{
    static abstract T Combine(in T left, in T right);
}
