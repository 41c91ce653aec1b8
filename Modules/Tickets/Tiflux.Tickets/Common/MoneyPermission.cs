using Tiflux.SharedKernel;

namespace Tiflux.Tickets.Common;

/// <summary>Values are set only by people who may see them ("visualizar valores"); pages and the API get the same answer.</summary>
internal static class MoneyPermission
{
    public static Error ValueRefused(string field) =>
        Error.Validation(field, "Sem a permissão \"visualizar valores\" não é possível informar um valor.");
}
