using Tiflux.Billing.Pending;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Tests.Unit;

/// <summary>Standalone values of reviewed tickets: one line per time entry, travel or extra, amounts as valued by Tickets.</summary>
public sealed class StandaloneLinesTests
{
    private static readonly Guid Client = Guid.Parse("0195f000-0000-7000-8000-0000000000a1");

    /// <summary>Each case: the item as Tickets values it → the expected line (kind, quantity, unit, amount, billable) and explanation text.</summary>
    public static TheoryData<string> Cases => [.. Rows.Keys];

    private static readonly Dictionary<string, (BillableItemDto Item, PendingLineKind Kind, decimal Quantity, string Unit, decimal Amount, bool Billable, string Rule, string Formula)> Rows = new()
    {
        ["Remote 1:30 at R$ 120,00/h = R$ 180,00"] = (
            Item(BillableItemKind.TimeEntry, 1m, 120m, 180.00m, minutes: 90, mode: AttendanceMode.Remote),
            PendingLineKind.StandaloneEntry, 1.5m, "h", 180.00m, true, "Remoto", "01:30 × R$ 120,00/h = R$ 180,00"),
        ["External 0:20 at R$ 180,00/h = R$ 60,00"] = (
            Item(BillableItemKind.TimeEntry, 1m, 180m, 60.00m, minutes: 20, mode: AttendanceMode.External),
            PendingLineKind.StandaloneEntry, 0.3333m, "h", 60.00m, true, "Externo", "00:20 × R$ 180,00/h = R$ 60,00"),
        // Not "0,25 h × R$ 150,00 = R$ 99,90": a manual value is one amount, whatever the time and the service's rate.
        ["Manual value R$ 99,90"] = (
            Item(BillableItemKind.TimeEntry, 1m, 150m, 99.90m, minutes: 15, mode: AttendanceMode.Remote, manual: true),
            PendingLineKind.StandaloneEntry, 1m, "valor manual", 99.90m, true, "valor manual", "valor manual = R$ 99,90 (tempo 00:15)"),
        ["Travel R$ 75,00"] = (
            Item(BillableItemKind.Travel, 1m, 75m, 75.00m, mode: AttendanceMode.External),
            PendingLineKind.Travel, 1m, "un", 75.00m, true, "caronas não são cobradas", "R$ 75,00"),
        ["Extra 4 × R$ 12,50 = R$ 50,00"] = (
            Item(BillableItemKind.Extra, 4m, 12.50m, 50.00m),
            PendingLineKind.Extra, 4m, "un", 50.00m, true, "quantidade × valor unitário", "4 × R$ 12,50 = R$ 50,00"),
        ["Extra 2,5 × R$ 10,10 = R$ 25,25"] = (
            Item(BillableItemKind.Extra, 2.5m, 10.10m, 25.25m),
            PendingLineKind.Extra, 2.5m, "un", 25.25m, true, "quantidade × valor unitário", "2,5 × R$ 10,10 = R$ 25,25"),
        ["Warranty time entry: shown at zero, not billable"] = (
            Item(BillableItemKind.TimeEntry, 1m, 120m, 120.00m, minutes: 60, mode: AttendanceMode.Remote, warranty: true),
            PendingLineKind.StandaloneEntry, 1m, "h", 0m, false, "Garantia", "R$ 0,00"),
        ["Warranty travel: shown at zero, not billable"] = (
            Item(BillableItemKind.Travel, 1m, 75m, 75.00m, mode: AttendanceMode.External, warranty: true),
            PendingLineKind.Travel, 1m, "un", 0m, false, "Garantia", "R$ 0,00"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void From_PricesAndExplainsTheItem(string name)
    {
        var row = Rows[name];

        var line = StandaloneLines.From(row.Item, "Alfa Matriz");

        Assert.Equal((row.Kind, row.Quantity, row.Unit, row.Amount, row.Billable), (line.Kind, line.Quantity, line.Unit, line.Amount, line.Billable));
        Assert.True(line.Unit != "valor manual" || line.UnitValue == line.Amount, $"a manual value line shows {line.Quantity} × {line.UnitValue} for {line.Amount}");
        Assert.Contains(row.Rule, line.Explanation.Rule, StringComparison.Ordinal);
        Assert.Contains(row.Formula, line.Explanation.Formula, StringComparison.Ordinal);
        Assert.False(line.IsContractLine);
        Assert.Null(line.DueDate);
        Assert.Equal(row.Item.ReviewedOn, line.ReferenceDate);
        Assert.Equal((row.Item.TicketNumber, row.Item.Id, Client, "Alfa Matriz"), (line.TicketNumber!.Value, line.SourceId!.Value, line.ClientId, line.ClientName));
        Assert.Equal(StandaloneLines.Key(row.Item.Kind, row.Item.Id), line.Key);
        Assert.Equal(line.Key, line.GroupKey);
        Assert.Contains(new ExplanationFactDto("Ticket", "#501 Servidor fora do ar"), line.Explanation.Facts);
        Assert.Contains(new ExplanationFactDto("Revisado em", "20/03/2026"), line.Explanation.Facts);
        Assert.Contains(new ExplanationFactDto("Grupo de recurso", "Servidores"), line.Explanation.Facts);
    }

    [Fact]
    public void From_KeysDifferForATimeEntryAndItsTravel()
    {
        var id = Guid.CreateVersion7();

        Assert.NotEqual(StandaloneLines.Key(BillableItemKind.TimeEntry, id), StandaloneLines.Key(BillableItemKind.Travel, id));
    }

    private static BillableItemDto Item(BillableItemKind kind, decimal quantity, decimal unitValue, decimal amount, int? minutes = null, AttendanceMode? mode = null, bool warranty = false, bool manual = false) => new(
        kind, Guid.CreateVersion7(), Client, Guid.CreateVersion7(), 501, "Servidor fora do ar", new DateOnly(2026, 3, 18), new DateOnly(2026, 3, 20),
        kind == BillableItemKind.Extra ? "Cabo de rede" : "Suporte avulso", "Troca do switch", quantity, unitValue, amount, warranty, manual, mode, minutes,
        "Técnica", Guid.CreateVersion7(), "Servidores");
}
