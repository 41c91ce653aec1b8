using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Reporting.Documents;

/// <summary>Turns lines into the flat view of one of the four layouts.</summary>
internal sealed class ClosingReportBuilder(ITicketQueries tickets, IAttachmentLinkSigner links, IOrganizationSettings organization, TimeProvider time)
{
    public const string ContractsGroup = "Contratos";
    public const string NoResourceGroup = "Sem grupo de recurso";

    public async Task<ClosingReportView> BuildAsync(
        ClientSummary client, ClosingReportHeader header, IReadOnlyList<ReportLine> lines, ClosingReportLayout layout, CancellationToken cancellationToken)
    {
        var facts = await TicketFactsAsync(lines, cancellationToken);
        var shape = new Shape(layout != ClosingReportLayout.Synthetic, layout is ClosingReportLayout.DetailedWithAppointments or ClosingReportLayout.ByResourceGroup);
        ReportDetailView Detail(ReportLine line) => DetailOf(line,
            line.Kind == PendingLineKind.Extra && line.SourceId is { } extraId && facts.ExtraAttachments.TryGetValue(extraId, out var file) ? links.LinkFor(file) : "");

        var items = new List<(string Group, ReportItemView Item, decimal Amount)>();
        items.AddRange(ContractItems(lines, shape, Detail));
        items.AddRange(TicketItems(lines, facts, shape, Detail));
        IReadOnlyList<ReportGroupView> groups = layout == ClosingReportLayout.ByResourceGroup
            ? [.. items.GroupBy(i => i.Group)
                .OrderBy(g => g.Key == ContractsGroup ? 0 : g.Key == NoResourceGroup ? 2 : 1).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ReportGroupView(g.Key, PtBr.Money(g.Sum(i => i.Amount)), [.. g.Select(i => i.Item)]))]
            : [new ReportGroupView("", PtBr.Money(items.Sum(i => i.Amount)), [.. items.Select(i => i.Item)])];
        return ToView(client, header, layout, shape, groups, OrganizationView.From(await organization.GetAsync(cancellationToken)));
    }

    /// <summary>Title and resource group of each ticket the lines bill, its time entries and the attachments of its extras.</summary>
    private async Task<TicketFacts> TicketFactsAsync(IReadOnlyList<ReportLine> lines, CancellationToken cancellationToken)
    {
        var facts = new TicketFacts([], [], []);
        var ticketNumbers = lines.Where(l => !l.IsContractLine && l.TicketNumber is not null).Select(l => l.TicketNumber!.Value).Distinct().ToList();
        foreach (var number in ticketNumbers)
        {
            var ticket = await tickets.GetTicketAsync(number, cancellationToken);
            facts.Info[number] = (ticket?.Title ?? "", ticket?.ResourceGroupName is { Length: > 0 } g ? g : NoResourceGroup);
            foreach (var entry in ticket?.Entries ?? [])
            {
                facts.TimeEntries[entry.Id] = entry;
            }

            foreach (var extra in ticket?.Extras ?? [])
            {
                if (extra.AttachmentId is { } attachmentId)
                {
                    facts.ExtraAttachments[extra.Id] = attachmentId;
                }
            }
        }

        return facts;
    }

    /// <summary>One item per contract cycle, in the contracts group.</summary>
    private static IEnumerable<(string Group, ReportItemView Item, decimal Amount)> ContractItems(
        IReadOnlyList<ReportLine> lines, Shape shape, Func<ReportLine, ReportDetailView> detail)
    {
        foreach (var cycle in lines.Where(l => l.IsContractLine).GroupBy(l => l.GroupKey))
        {
            var first = cycle.First();
            var period = first.PeriodStart is { } s ? $"ciclo {PtBr.Date(s)} a {PtBr.Date(first.PeriodEnd)}" : $"ciclo {first.CycleIndex}";
            var amount = cycle.Sum(l => l.Amount);
            yield return (ContractsGroup, new ReportItemView(
                "Contrato",
                first.ContractName ?? "Contrato",
                period,
                PtBr.Money(amount),
                shape.Details ? [.. cycle.Select(detail)] : [],
                shape.Entries ? [.. cycle.SelectMany(l => l.Explanation.Entries).DistinctBy(e => e.EntryId).OrderBy(e => e.Date).Select(Entry)] : []), amount);
        }
    }

    /// <summary>One item per ticket (lines without a ticket together as "Valores avulsos"), in the ticket's resource group.</summary>
    private static IEnumerable<(string Group, ReportItemView Item, decimal Amount)> TicketItems(
        IReadOnlyList<ReportLine> lines, TicketFacts facts, Shape shape, Func<ReportLine, ReportDetailView> detail)
    {
        foreach (var ticket in lines.Where(l => !l.IsContractLine).GroupBy(l => l.TicketNumber))
        {
            var amount = ticket.Sum(l => l.Amount);
            var info = ticket.Key is { } n && facts.Info.TryGetValue(n, out var i) ? i : (Title: "", Group: NoResourceGroup);
            yield return (info.Group, new ReportItemView(
                "Ticket",
                ticket.Key is { } number ? $"Ticket #{number}" : "Valores avulsos",
                info.Title,
                PtBr.Money(amount),
                shape.Details ? [.. ticket.OrderBy(l => l.ReferenceDate).Select(detail)] : [],
                shape.Entries ? TicketEntries(ticket, facts.TimeEntries) : []), amount);
        }
    }

    private ClosingReportView ToView(
        ClientSummary client, ClosingReportHeader header, ClosingReportLayout layout, Shape shape, IReadOnlyList<ReportGroupView> groups, OrganizationView organizationView)
    {
        var title = header.IsPreview ? "Prévia do relatório de fechamento"
            : header.Reversal is null ? $"Relatório de fechamento — faturamento nº {header.BillingNumber}"
            : $"Relatório de fechamento — faturamento nº {header.BillingNumber} — ESTORNADO";
        return new ClosingReportView(
            title,
            ClosingReportLayouts.Name(layout),
            organizationView,
            new ClientView(client.Name, client.LegalName, client.TaxIdFormatted),
            header.IsPreview,
            header.BillingNumber,
            PtBr.Date(header.BillingDate),
            PtBr.Date(header.DueDate),
            header.NfeNumber,
            header.Observations,
            shape.Details,
            shape.Entries,
            layout == ClosingReportLayout.ByResourceGroup,
            groups,
            PtBr.Money(header.ItemsTotal),
            PtBr.Money(header.Discount),
            PtBr.Money(header.Interest),
            PtBr.Money(header.RealValue),
            PtBr.DateTime(time.GetUtcNow()))
        {
            Reversal = header.Reversal is { } r ? new ReversalView(PtBr.Date(r.On), r.Reason) : null,
        };
    }

    /// <summary>The time entries behind a ticket's lines: the entry a line bills (its source), else the explanation's entries.</summary>
    private static List<ReportEntryView> TicketEntries(IEnumerable<ReportLine> lines, Dictionary<Guid, TimeEntryDto> timeEntries)
    {
        var result = new List<(DateOnly Date, string Start, ReportEntryView View)>();
        var seen = new HashSet<Guid>();
        foreach (var line in lines)
        {
            if (line.SourceId is { } id && timeEntries.TryGetValue(id, out var t) && line.Kind == PendingLineKind.StandaloneEntry && seen.Add(id))
            {
                result.Add((t.Date, t.Start.ToString("HH:mm", PtBr.Culture), new ReportEntryView(
                    PtBr.Date(t.Date),
                    $"{t.Start:HH:mm}–{t.End:HH:mm}",
                    PtBr.Hhmm(t.Minutes),
                    t.TechnicianName,
                    t.Mode is { } m ? m.Portuguese() : "",
                    t.Description,
                    PtBr.Money(line.Amount),
                    t.Warranty)));
            }

            foreach (var e in line.Explanation.Entries.Where(e => seen.Add(e.EntryId)))
            {
                result.Add((e.Date, "", Entry(e)));
            }
        }

        return [.. result.OrderBy(r => r.Date).ThenBy(r => r.Start, StringComparer.Ordinal).Select(r => r.View)];
    }

    /// <summary>
    /// A line of a detailed layout. Contract lines (fee, SaaS items, credit, discount, excess, adjustment) are dated with
    /// the period they charge, not with the first entry behind them; ticket lines with their own date.
    /// </summary>
    private static ReportDetailView DetailOf(ReportLine line, string attachmentUrl) => new(
        line.IsContractLine && line.PeriodStart is not null ? PtBr.Period(line.PeriodStart, line.PeriodEnd) : PtBr.Date(line.ReferenceDate),
        line.Description,
        PtBr.Quantity(line.Quantity, line.Unit),
        PtBr.Money(line.UnitValue),
        PtBr.Money(line.Amount),
        attachmentUrl);

    private static ReportEntryView Entry(ExplanationEntryDto e) => new(
        PtBr.Date(e.Date),
        PtBr.Hhmm(e.RawMinutes),
        PtBr.Hhmm(e.BilledMinutes),
        e.Technician,
        e.Mode,
        e.Description,
        e.Value is { } v ? PtBr.Money(v) : "",
        e.Warranty);

    /// <summary>Whether the layout lists each item's lines (details) and the time entries behind them.</summary>
    private sealed record Shape(bool Details, bool Entries);

    private sealed record TicketFacts(
        Dictionary<int, (string Title, string Group)> Info, Dictionary<Guid, TimeEntryDto> TimeEntries, Dictionary<Guid, Guid> ExtraAttachments);
}
