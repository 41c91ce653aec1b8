using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Lifecycle;

/// <summary>Follower e-mails: each valid, lower-cased, no duplicates, at most <see cref="TicketLimits.Followers"/>, never the requester.</summary>
internal static class TicketFollowers
{
    public const string Field = "Followers";

    public static Result<List<string>> Normalize(IEnumerable<string> emails, string? requesterEmail)
    {
        var followers = new List<string>();
        var errors = new List<Error>();
        foreach (var raw in emails.Select(e => e.Trim()).Where(e => e.Length > 0))
        {
            var email = raw.ToLowerInvariant();
            if (!EmailAddresses.IsValid(email))
            {
                errors.Add(Error.Validation(Field, $"E-mail de seguidor inválido: {(raw.Length > 80 ? raw[..80] + "…" : raw)}"));
            }
            else if (string.Equals(email, requesterEmail, StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(Error.Validation(Field, "O solicitante não pode ser seguidor do ticket (ele já recebe as respostas)."));
            }
            else if (!followers.Contains(email))
            {
                followers.Add(email);
            }
        }

        if (followers.Count > TicketLimits.Followers)
        {
            errors.Add(Error.Validation(Field, $"Um ticket pode ter no máximo {TicketLimits.Followers} seguidores."));
        }

        return errors.Count > 0 ? Result<List<string>>.Failure(errors) : Result<List<string>>.Success(followers);
    }
}
