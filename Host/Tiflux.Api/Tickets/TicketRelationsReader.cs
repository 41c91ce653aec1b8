using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Tickets;

/// <summary>
/// The issue-22 fields of POST and PUT /tickets: followers, parent, requestor and its contact data, and the documented
/// fields we cannot store, which are refused rather than dropped (docs/api-automation.md).
/// </summary>
internal static class TicketRelationsReader
{
    public const string NotSupported = "is not supported by this server (see docs/api-automation.md)";

    /// <summary><c>followers</c> as a CSV string: null when absent, an empty list for <c>""</c> or null (clears).</summary>
    public static IReadOnlyList<string>? Followers(BodyReader body)
    {
        if (!body.Has("followers"))
        {
            return null;
        }

        var text = body.String("followers", maxLength: 10_000);
        return text is null ? [] : [.. text.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>A registered requestor by API id; an unknown id is Tiflux's <c>requestor not found</c>.</summary>
    public static async Task<Guid?> RequestorAsync(BodyReader body, PublicIds ids, CancellationToken cancellationToken)
    {
        if (body.Int("requestor_id") is not { } number)
        {
            return null;
        }

        var id = await ids.ResolveAsync(PublicIdKind.Requestor, number, cancellationToken);
        if (id is null)
        {
            body.Fail("requestor_id", "requestor not found");
        }

        return id;
    }

    /// <summary>
    /// <c>requestor_telephone</c>; the module reads national numbers as Brazilian, so another <c>requestor_country</c> is
    /// accepted only with a number in international form (<c>+1…</c>), which carries its own country.
    /// </summary>
    public static string? Telephone(BodyReader body)
    {
        var telephone = body.String("requestor_telephone", maxLength: TicketLimits.Telephone);
        var country = body.String("requestor_country", maxLength: 2);
        if (!string.IsNullOrWhiteSpace(country) && !country.Equals("BR", StringComparison.OrdinalIgnoreCase)
            && !string.IsNullOrWhiteSpace(telephone) && !telephone.TrimStart().StartsWith('+'))
        {
            body.Fail("requestor_country", "only BR is read here; send requestor_telephone in international form (+<country code><number>) for other countries");
        }

        return telephone;
    }

    /// <summary>
    /// <c>services_catalogs_item_id</c>: whether it was sent, and the item (null when sent as null or blank: remove it). An
    /// unknown id becomes <see cref="Guid.Empty"/>, which the module refuses as an item the desk does not offer.
    /// </summary>
    public static async Task<(bool Sent, Guid? Id)> CatalogItemAsync(BodyReader body, PublicIds ids, CancellationToken cancellationToken)
    {
        if (!body.Has("services_catalogs_item_id"))
        {
            return (false, null);
        }

        if (body.IsBlank("services_catalogs_item_id"))
        {
            return (true, null);
        }

        return body.Int("services_catalogs_item_id") is { } number
            ? (true, await ids.ResolveAsync(PublicIdKind.ServicesCatalogItem, number, cancellationToken) ?? Guid.Empty)
            : (true, null);
    }

    /// <summary>Documented fields with no home here: refused when they carry a value, never silently dropped.</summary>
    /// <summary>The documented fields this route cannot store; <paramref name="readsSlaPause"/>: PUT, which pauses the SLA.</summary>
    public static void RefuseUnsupported(BodyReader body, bool readsSlaPause = false)
    {
        foreach (var field in new[] { "equipment_group_id", "equipment_user_id", "entities" })
        {
            if (!body.IsBlank(field))
            {
                body.Fail(field, NotSupported);
            }
        }

        if (readsSlaPause)
        {
            return;
        }

        if (!body.IsBlank("stop_answer"))
        {
            body.Fail("stop_answer", NotSupported);
        }

        if (body.Bool("stopped") == true)
        {
            body.Fail("stopped", "SLA pausing " + NotSupported);
        }
    }
}
