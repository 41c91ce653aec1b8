using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Checklists;

internal static class ChecklistErrors
{
    public static readonly Error TemplateNotFound = Error.NotFound("Modelo de checklist não encontrado.");

    public static readonly Error ChecklistNotFound = Error.NotFound("Checklist não encontrado neste ticket.");

    public static readonly Error TicketNotOpen = Error.Conflict("O ticket não está aberto; os checklists dele não podem ser alterados.");

    public static readonly Error NoTemplate = Error.Conflict("Este checklist não tem modelo e não pode ser preenchido.");

    public static readonly Error RequiredCannotBeRemoved = Error.Conflict("Este checklist é obrigatório para o ticket e não pode ser removido.");

    public static Error IndexOutOfRange(int index, int count) =>
        Error.NotFound(count == 0
            ? $"O checklist não tem o item {index}."
            : $"O checklist não tem o item {index}; os itens vão de 0 a {count - 1}.");

    public static Error BlocksClose(IReadOnlyList<string> missing) => Error.Rule(
        ChecklistRuleCodes.BlocksClose,
        "Checklists",
        missing.Count == 0
            ? "Há checklists com itens obrigatórios não preenchidos; preencha-os antes de fechar o ticket."
            : $"Faltam checklists obrigatórios ({string.Join(", ", missing)}) ou há itens obrigatórios não preenchidos; resolva-os antes de fechar o ticket.");
}
