using Tiflux.SharedKernel;

namespace Tiflux.Tickets.Lifecycle;

/// <summary>The authorisers' e-mails a pending ticket is sent to: lower-cased, unique, valid, a bounded list.</summary>
internal static class TicketAuthorizers
{
    private const int Max = 50;

    public static Result<IReadOnlyList<string>> Normalize(IReadOnlyList<string>? emails)
    {
        var list = (emails ?? []).Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim().ToLowerInvariant()).Distinct().ToList();
        if (list.Count > Max || !list.All(EmailAddresses.IsValid))
        {
            return Error.Validation("Authorizers", "Lista de autorizadores inválida.");
        }

        return Result<IReadOnlyList<string>>.Success(list);
    }
}
