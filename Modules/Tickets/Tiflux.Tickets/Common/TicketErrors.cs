using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Common;

internal static class TicketErrors
{
    public static Error TicketNotFound(int number) => Error.NotFound($"Ticket #{number} não encontrado.");

    public static readonly Error NotOpen = Error.Conflict("O ticket não está aberto.");

    public static readonly Error SlaPaused = Error.Rule(SlaRuleCodes.Paused, "", "O SLA deste ticket está pausado; retome-o antes de fechar o ticket.");

    public static readonly Error HasBilledItems = Error.Conflict("O ticket tem itens faturados e não pode ser reaberto nem cancelado.");

    public static readonly Error EntryBilled = Error.Conflict("Apontamento já faturado não pode ser alterado nem excluído.");

    public static readonly Error ExtraBilled = Error.Conflict("Valorização extra já faturada não pode ser alterada nem excluída.");
}
