using Tiflux.SharedKernel;

namespace Tiflux.Tickets.Catalog;

internal static class CatalogErrors
{
    public static readonly Error CatalogNotFound = Error.NotFound("Catálogo de serviço não encontrado.");

    public static readonly Error AreaNotFound = Error.NotFound("Área do catálogo não encontrada.");

    public static readonly Error ItemNotFound = Error.NotFound("Item do catálogo não encontrado.");

    public const string CatalogTaken = "Já existe um catálogo de serviço ativo com este nome.";

    public const string AreaTaken = "Já existe uma área ativa com este nome neste catálogo.";

    public const string ItemTaken = "Já existe um item ativo com este nome nesta área.";
}
