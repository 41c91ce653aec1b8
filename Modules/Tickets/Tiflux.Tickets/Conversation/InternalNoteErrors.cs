using Tiflux.SharedKernel;

namespace Tiflux.Tickets.Conversation;

internal static class InternalNoteErrors
{
    public static readonly Error NotFound = Error.NotFound("Mensagem interna não encontrada neste ticket.");

    public static readonly Error NotAuthor = Error.Forbidden("Só o autor pode alterar ou excluir uma mensagem interna.");
}
