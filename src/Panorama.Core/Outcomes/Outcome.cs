namespace Panorama.Core.Outcomes;

/// <summary>
/// The result of a domain rule: a value, or a refusal with a message written for the user (it becomes the
/// <c>detail</c> of a problem response, so it says what to do). Rules refuse instead of throwing because a refusal
/// is an expected answer, not a fault.
/// </summary>
public readonly record struct Outcome<T>
{
    private readonly T? _value;

    internal Outcome(T? value, string? refusal)
    {
        _value = value;
        Refusal = refusal;
    }

    /// <summary>Why the rule refused; <c>null</c> when it succeeded.</summary>
    public string? Refusal { get; }

    public bool IsOk => Refusal is null;

    /// <summary>The value; throws when the rule refused, so a caller cannot use a value that does not exist.</summary>
    public T Value => IsOk ? _value! : throw new InvalidOperationException($"The rule refused: {Refusal}");

    public static implicit operator Outcome<T>(T value) => new(value, null);
}

/// <summary>Shorthands so rules read as <c>return Outcome.Refused&lt;Box&gt;("...")</c>.</summary>
public static class Outcome
{
    public static Outcome<T> Ok<T>(T value) => new(value, null);

    public static Outcome<T> Refused<T>(string message) => new(default, message);
}
