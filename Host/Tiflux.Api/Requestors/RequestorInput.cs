using Tiflux.Api.Conventions;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Requestors;

/// <summary>A requestor body: flat or wrapped in <c>requestor</c> (service-desk.md §9 "Body wrapping"); every field optional here.</summary>
internal sealed record RequestorInput(string? Name, string? Email, string? Telephone, string? Country, bool? CanOpenTicket, string? Extension)
{
    public static readonly Dictionary<string, string> Fields = new() { ["Name"] = "name", ["Email"] = "email", ["Telephone"] = "telephone", ["Country"] = "country" };

    /// <summary>Reads the body; an empty one is 400/40003 as Tiflux's <c>param is missing</c>.</summary>
    public static async Task<(RequestorInput Input, BodyReader Body)> ReadAsync(HttpRequest request, bool creating, CancellationToken cancellationToken)
    {
        var outer = await BodyReader.ReadJsonAsync(request, cancellationToken);
        var body = outer.Has("requestor") ? outer.Object("requestor") ?? outer : outer;
        outer.ThrowIfErrors();
        if (body.IsEmpty)
        {
            throw new ApiErrorException(ApiError.BadRequest("param is missing or the value is empty: requestor"));
        }

        var input = new RequestorInput(
            body.String("name", required: creating || body.Has("name"), maxLength: TicketLimits.PersonName),
            body.String("email", required: creating || body.Has("email"), maxLength: 200),
            body.String("telephone", maxLength: TicketLimits.Telephone),
            body.String("country", maxLength: 2),
            body.Bool("can_open_ticket"),
            body.String("extension", maxLength: TicketLimits.Extension));
        return (input, body);
    }
}
