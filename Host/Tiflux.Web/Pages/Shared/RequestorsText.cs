using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Pages.Shared;

/// <summary>How the requestor lists (client page, Solicitantes page) show a requestor.</summary>
public static class RequestorsText
{
    public static string YesNo(bool value) => value ? "Sim" : "Não";

    public static string Status(bool active) => active ? "Ativo" : "Inativo";

    public static string OrDash(string? text) => string.IsNullOrWhiteSpace(text) ? "—" : text;

    /// <summary>The clients of <paramref name="requestor"/> other than <paramref name="clientId"/>, by name; "—" when none.</summary>
    public static string OtherClients(RequestorDto requestor, Guid clientId)
    {
        var others = requestor.Clients.Where(c => c.Id != clientId).Select(c => c.Name).ToList();
        return others.Count == 0 ? "—" : string.Join(", ", others);
    }
}
