namespace Tiflux.SharedKernel;

/// <summary>The sign-in roles. Money is visible to <see cref="Admin"/> and <see cref="Finance"/> only.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Finance = "Finance";
    public const string Technician = "Technician";
    public const string Client = "Client";

    public static IReadOnlyList<string> All { get; } = [Admin, Finance, Technician, Client];
}
