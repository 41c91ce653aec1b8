using Tiflux.SharedKernel;

namespace Tiflux.Tickets.ReplyTemplates;

internal static class ReplyTemplateErrors
{
    public static Error NotFound => Error.NotFound("Modelo de resposta não encontrado.");
}
