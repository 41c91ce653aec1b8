namespace Tiflux.Notifications.PublicApi;

/// <summary>The e-mail addresses of staff users, for notices addressed to a ticket's responsible. The host implements it.</summary>
public interface IStaffContacts
{
    /// <summary>The active user's e-mail, or null (unknown, inactive or without e-mail).</summary>
    Task<string?> EmailOfAsync(Guid userId, CancellationToken cancellationToken);
}
