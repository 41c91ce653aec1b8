using Tiflux.Reporting.PublicApi;

namespace Tiflux.Web.Pages.Shared;

/// <summary>The statement's download buttons (formato=xlsx|sintetico|detalhado), for the internal and the portal page.</summary>
internal static class StatementFormats
{
    public static ConsumptionStatementFormat? Parse(string? format) => format switch
    {
        "xlsx" => ConsumptionStatementFormat.Xlsx,
        "sintetico" => ConsumptionStatementFormat.PdfSynthetic,
        "detalhado" => ConsumptionStatementFormat.PdfDetailed,
        _ => null,
    };
}
