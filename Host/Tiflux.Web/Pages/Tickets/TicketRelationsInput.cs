using System.ComponentModel.DataAnnotations;

namespace Tiflux.Web.Pages.Tickets;

/// <summary>
/// The parts of the "dados" tab that only an existing ticket has: the registered requestor and the phone, the
/// followers, the parent ticket and the reason of a priority change. Sent with <see cref="TicketInput"/>.
/// </summary>
public sealed class TicketRelationsInput
{
    public Guid? RequestorId { get; set; }

    [StringLength(30, ErrorMessage = "O telefone deve ter no máximo 30 caracteres.")]
    public string? RequesterTelephone { get; set; }

    [StringLength(10, ErrorMessage = "O ramal deve ter no máximo 10 caracteres.")]
    public string? RequesterExtension { get; set; }

    /// <summary>E-mails separated by commas, semicolons, spaces or lines.</summary>
    public string? Followers { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "Informe o número de um ticket.")]
    public int? ParentNumber { get; set; }

    [StringLength(500, ErrorMessage = "O motivo deve ter no máximo 500 caracteres.")]
    public string? PriorityChangeReason { get; set; }

    private static readonly char[] Separators = [',', ';', ' ', '\n', '\r', '\t'];

    public IReadOnlyList<string> FollowerList() =>
        [.. (Followers ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
