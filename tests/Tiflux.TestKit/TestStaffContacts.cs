using Tiflux.Notifications.PublicApi;

namespace Tiflux.TestKit;

/// <summary>Staff e-mails for module tests that run without the host's user directory: one known responsible.</summary>
public sealed class TestStaffContacts : IStaffContacts
{
    public static readonly Guid Responsible = Guid.Parse("0190b000-0000-7000-8000-00000000abcd");

    public const string ResponsibleEmail = "responsavel@msp.example";

    public Task<string?> EmailOfAsync(Guid userId, CancellationToken cancellationToken) =>
        Task.FromResult(userId == Responsible ? ResponsibleEmail : null);
}
