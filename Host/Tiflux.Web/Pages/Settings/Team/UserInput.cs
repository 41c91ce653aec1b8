namespace Tiflux.Web.Pages.Settings.Team;

/// <summary>The user form; the bounds and messages are the host's (UserFieldRules), checked on save.</summary>
public sealed class UserInput
{
    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public List<Guid> PermissionGroupIds { get; set; } = [];

    public List<Guid> AttendantGroupIds { get; set; } = [];
}
