namespace Tiflux.SharedKernel;

/// <summary>The four layouts of the closing report (relatório de fechamento) that accompanies a billing.</summary>
public enum ClosingReportLayout
{
    /// <summary>Sintético: one line per ticket or contract with its value.</summary>
    Synthetic = 1,

    /// <summary>Detalhado sem apontamentos: tickets, standalone services and extra values with date and description.</summary>
    Detailed = 2,

    /// <summary>Detalhado com apontamentos: as Detailed, plus each time entry.</summary>
    DetailedWithAppointments = 3,

    /// <summary>Detalhado com grupo de recurso: as DetailedWithAppointments, grouped by resource group with subtotals.</summary>
    ByResourceGroup = 4,
}
