using System.ComponentModel.DataAnnotations;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Pages.Requestors;

/// <summary>The requestor (solicitante) form; the Tickets module validates it (e-mail, phone, uniqueness).</summary>
public sealed class RequestorInput
{
    [Required(ErrorMessage = "Informe o nome do solicitante.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Informe o e-mail do solicitante.")]
    public string? Email { get; set; }

    public string? Telephone { get; set; }

    public string? Extension { get; set; }

    public bool CanOpenTicket { get; set; } = true;

    public bool Active { get; set; } = true;

    public static RequestorInput From(RequestorDto requestor) => new()
    {
        Name = requestor.Name,
        Email = requestor.Email,
        Telephone = requestor.Telephone,
        Extension = requestor.Extension,
        CanOpenTicket = requestor.CanOpenTicket,
        Active = requestor.Active,
    };

    public SaveRequestorRequest ToRequest(Guid? id, Guid clientId) =>
        new(id, clientId, Name?.Trim() ?? "", Email?.Trim() ?? "", Blank(Telephone), Blank(Extension), CanOpenTicket, Active);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
