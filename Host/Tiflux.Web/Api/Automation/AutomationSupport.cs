using System.Globalization;
using Tiflux.Contracts.PublicApi;
using Tiflux.Web.Api.Conventions;
using Tiflux.Web.Api.Persistence;

namespace Tiflux.Web.Api.Automation;

/// <summary>A record named by its API id and name.</summary>
internal sealed record IdName(int Id, string Name);

/// <summary>A plain confirmation.</summary>
internal sealed record ApiMessage(string Message);

/// <summary>What the automation routes share: enum names, path ids, HH:MM, today.</summary>
internal static class AutomationSupport
{
    /// <summary>The modality names Tiflux's GET /contracts uses.</summary>
    public static readonly IReadOnlyDictionary<ContractModality, string> ModalityNames = new Dictionary<ContractModality, string>
    {
        [ContractModality.Free] = "Free",
        [ContractModality.PerTicket] = "Per ticket",
        [ContractModality.SaasProduct] = "Saas/Product",
        [ContractModality.Hours] = "Hours",
        [ContractModality.CumulativeHours] = "Cumulative Hours",
        [ContractModality.Credit] = "Credit",
        [ContractModality.SharedCredit] = "Shared",
    };

    public static string ModalityName(ContractModality modality) => ModalityNames.GetValueOrDefault(modality, modality.ToString());

    public static ContractModality? ParseModality(string? text) =>
        ModalityNames.FirstOrDefault(m => string.Equals(m.Value, text?.Trim(), StringComparison.OrdinalIgnoreCase)) is { Value: not null } found
            ? found.Key
            : null;

    /// <summary>The organisation's today (São Paulo), as the pages use.</summary>
    public static DateOnly Today(TimeProvider clock) => Pages.Billing.BillingUi.Today(clock);

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

    /// <summary>Minutes from <c>HH:MM</c> (or a number of hours); fails the field otherwise.</summary>
    public static int? Minutes(BodyReader body, string name)
    {
        var text = body.String(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Trim().Split(':');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            && minutes < 60 && hours < 100_000)
        {
            return (hours * 60) + minutes;
        }

        if (parts.Length == 1 && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var decimalHours) && decimalHours < 100_000)
        {
            return (int)Math.Round(decimalHours * 60, MidpointRounding.AwayFromZero);
        }

        body.Fail(name, "must be a duration as HH:MM");
        return null;
    }

    /// <summary>A positive integer path id, or 422/42201.</summary>
    public static int PathId(string id, string name = "id") =>
        int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ApiErrorException(ApiError.Query(name, "is not a number"));

    public static ApiErrorException NotFound(string kind, object id) =>
        new(ApiError.NotFound(string.Create(CultureInfo.InvariantCulture, $"Couldn't find {kind} with 'id'=\"{id}\"")));

    /// <summary>The record behind a path id of <paramref name="kind"/>, or 404.</summary>
    public static async Task<Guid> ResolveAsync(PublicIds ids, PublicIdKind kind, string id, string what, CancellationToken cancellationToken)
    {
        var number = PathId(id);
        return await ids.ResolveAsync(kind, number, cancellationToken) ?? throw NotFound(what, id);
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
        return all.FirstOrDefault(c => c.Number == number)?.Id;
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
