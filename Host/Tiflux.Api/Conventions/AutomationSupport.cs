using Tiflux.Api.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Api.Conventions;

/// <summary>What the automation routes share: body enums, path ids resolved to records, contracts by number.</summary>
internal static class AutomationSupport
{
    /// <summary>An enum read from a body field by its API name; fails the field when unknown.</summary>
    public static T? Enum<T>(BodyReader body, string name, IReadOnlyDictionary<string, T> values)
        where T : struct
    {
        var text = body.String(name);
        if (text is null)
        {
            return null;
        }

        if (values.TryGetValue(text.Trim(), out var value))
        {
            return value;
        }

        body.Fail(name, "is not included in the list: " + string.Join(", ", values.Keys));
        return null;
    }

    /// <summary>The record behind a path id of <paramref name="kind"/>, or 404.</summary>
    public static async Task<Guid> ResolveAsync(PublicIds ids, PublicIdKind kind, string id, string what, CancellationToken cancellationToken)
    {
        var number = ApiPath.Id(id);
        return await ids.ResolveAsync(kind, number, cancellationToken) ?? throw ApiPath.NotFound(what, id);
    }

    /// <summary>
    /// The contract whose number is <paramref name="number"/>: from the API ids, else by looking the number up among
    /// every contract (a contract created in the pages has no API id until an answer mentions it).
    /// </summary>
    public static async Task<Guid?> FindContractAsync(int number, PublicIds ids, IContractsModule contracts, CancellationToken cancellationToken)
    {
        if (await ids.ResolveAsync(PublicIdKind.Contract, number, cancellationToken) is { } known)
        {
            return known;
        }

        var all = await contracts.GetContractTermsAsync(new ContractTermsRequest(null, null), cancellationToken);
        if (all.FirstOrDefault(c => c.Number == number) is not { } contract)
        {
            return null;
        }

        await ids.AssignAsync(PublicIdKind.Contract, contract.Id, cancellationToken, contract.Number);
        return contract.Id;
    }

    /// <summary>Client API ids of a body field resolved to records; unknown ids fail the field.</summary>
    public static async Task<Guid?> ClientAsync(BodyReader body, string name, PublicIds ids, bool required, CancellationToken cancellationToken)
    {
        var id = body.Int(name, required);
        if (id is null)
        {
            return null;
        }

        var found = await ids.ResolveAsync(PublicIdKind.Client, id.Value, cancellationToken);
        if (found is null)
        {
            body.Fail(name, "does not exist");
        }

        return found;
    }
}
