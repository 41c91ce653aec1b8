using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Billing;

/// <summary>GET /billings/{id}/pdf: a billing's closing report as PDF, in the layout asked for. Admin and Finance.</summary>
internal static class BillingPdfEndpoint
{
    private static readonly Dictionary<string, ClosingReportLayout> Layouts = new(StringComparer.Ordinal)
    {
        ["synthetic"] = ClosingReportLayout.Synthetic,
        ["detailed"] = ClosingReportLayout.Detailed,
        ["detailed_with_appointment"] = ClosingReportLayout.DetailedWithAppointments,
        ["by_resource_group"] = ClosingReportLayout.ByResourceGroup,
    };

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/billings/{id}/pdf", PdfAsync).Produces(200, contentType: "application/pdf").WithTags("Billing automation")
            .WithSummary("A billing's closing report as PDF").Query("layout", "string")
            .Requires(Permissions.Billing);

    private static async Task<IResult> PdfAsync(string id, HttpContext http, IBillingWorkflow workflow, IReportingModule reporting, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Caller();
        var query = new QueryReader(http.Request.Query);
        var layout = query.Enum("layout", [.. Layouts.Keys], "Layout must be one of " + string.Join(", ", Layouts.Keys));
        query.ThrowIfErrors();
        var billingId = await BillingViewShape.ResolveAsync(id, workflow, ids, cancellationToken);
        var file = await reporting.RenderBillingPdfAsync(billingId, layout is null ? ClosingReportLayout.Synthetic : Layouts[layout], cancellationToken);
        if (file.IsSuccess)
        {
            return Results.File(file.Value.Content, file.Value.ContentType, file.Value.FileName);
        }

        if (file.Errors.Any(e => e.Code == "not_found"))
        {
            throw ApiPath.NotFound("Billing", id);
        }

        throw new ApiErrorException(ApiError.Custom(503, 50301, "error", file.Errors[0].Message));
    }
}
