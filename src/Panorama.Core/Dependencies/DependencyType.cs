namespace Panorama.Core.Dependencies;

/// <summary>
/// How a successor is constrained by its predecessor (SPEC 4.5, textbook convention; a task occupies [es, ef)):
/// FS: es(B) &gt;= ef(A) + lag; SS: es(B) &gt;= es(A) + lag; FF: ef(B) &gt;= ef(A) + lag; SF: ef(B) &gt;= es(A) + lag.
/// </summary>
public enum DependencyType
{
    FS,
    SS,
    FF,
    SF,
}
