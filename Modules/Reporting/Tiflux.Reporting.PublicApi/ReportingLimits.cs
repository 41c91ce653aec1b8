namespace Tiflux.Reporting.PublicApi;

/// <summary>How much one report may be asked for, public so the pages refuse more with a message.</summary>
public static class ReportingLimits
{
    /// <summary>The longest statement period, in days (a year, leap day included).</summary>
    public const int StatementDays = 366;

    /// <summary>The most clients one statement covers (each gets its own sheet in the XLSX).</summary>
    public const int StatementClients = 50;

    /// <summary>The most contracts a statement may be narrowed to.</summary>
    public const int StatementContracts = 200;
}
