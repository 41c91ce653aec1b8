namespace Tiflux.SharedKernel;

/// <summary>An expected business failure. <see cref="Field"/> names the input it concerns, when there is one.</summary>
public sealed record Error(string Code, string Message, string? Field = null)
{
    public static Error Validation(string field, string message) => new("validation", message, field);

    /// <summary>A broken business rule with a stable <paramref name="code"/> that callers (the API) can translate.</summary>
    public static Error Rule(string code, string field, string message) => new(code, message, field);

    public static Error NotFound(string message) => new("not_found", message);

    public static Error Conflict(string message) => new("conflict", message);

    /// <summary>The caller may not do this to this record (another user's note, say), whatever their permissions.</summary>
    public static Error Forbidden(string message) => new("forbidden", message);
}
