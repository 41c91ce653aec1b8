using System.Text.Json.Serialization;

namespace Tiflux.Api.Users;

/// <summary>Tiflux's user detail object.</summary>
internal sealed record UserDetail(
    int Id,
    [property: JsonPropertyName("_type")] string Type,
    bool Active,
    int[] ClientIds,
    string Email,
    string? EmailInfoAlert,
    int? Extension,
    bool GauthEnabled,
    string? LastLoginAt,
    string Name,
    string? Signature,
    int? TechnicalGroupId,
    string? Telephone);


/// <summary>A row of GET /users.</summary>
internal sealed record UserListItem(
    int Id,
    [property: JsonPropertyName("_type")] string Type,
    bool Active,
    string Email,
    bool GauthEnabled,
    string? LastLoginAt,
    string Name,
    int? TechnicalGroupId);

/// <summary>A row of GET /technical-users.</summary>
internal sealed record TechnicalUser(int Id, string Name, string Email);
