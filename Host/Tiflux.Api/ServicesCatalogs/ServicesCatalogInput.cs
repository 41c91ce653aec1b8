using System.Globalization;
using System.Text.RegularExpressions;
using Tiflux.Api.Conventions;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.ServicesCatalogs;

/// <summary>
/// Catalog, area and item bodies: flat or wrapped (<c>{services_catalog:{…}}</c>, <c>{area:{…}}</c>, <c>{item:{…}}</c>);
/// an empty one is 400/40003 as Tiflux's <c>param is missing</c>. Times are <c>HH:MM</c> with hours 0–999.
/// </summary>
internal static partial class ServicesCatalogInput
{
    public static async Task<BodyReader> ReadAsync(HttpRequest request, string wrapper, CancellationToken cancellationToken)
    {
        var outer = await BodyReader.ReadJsonAsync(request, cancellationToken);
        var body = outer.Has(wrapper) ? outer.Object(wrapper) ?? outer : outer;
        outer.ThrowIfErrors();
        return body.IsEmpty ? throw new ApiErrorException(ApiError.BadRequest("param is missing or the value is empty: " + wrapper)) : body;
    }

    public static string? Name(BodyReader body, bool required) =>
        body.String("name", required: required || body.Has("name"), maxLength: TicketLimits.CatalogName);

    /// <summary>Minutes from <c>HH:MM</c>; a wrong shape is "invalid time format", hours over 999 or minutes over 59 the range text.</summary>
    public static int? Time(BodyReader body, string field, bool required)
    {
        var text = body.String(field, required: required || body.Has(field));
        if (text is null)
        {
            return null;
        }

        var match = HhMm().Match(text.Trim());
        if (!match.Success)
        {
            body.Fail(field, "invalid time format");
            return null;
        }

        var hours = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var minutes = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (hours > 999 || minutes > 59)
        {
            body.Fail(field, ServicesCatalogShapes.TimeRange);
            return null;
        }

        return (hours * 60) + minutes;
    }

    [GeneratedRegex(@"^(\d{1,6}):(\d{2})$")]
    private static partial Regex HhMm();
}

/// <summary>A catalog or area body (also accepted wrapped in <c>services_catalog</c> or <c>area</c>).</summary>
internal sealed record CatalogNameBody(string Name);

/// <summary>An item body (also accepted wrapped in <c>item</c>); times <c>HH:MM</c>.</summary>
internal sealed record CatalogItemBody(string Name, string StartTime, string EndTime, bool? Active);
