using Tiflux.Billing.Pending;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Reconciliation;

/// <summary>
/// Logs every time entry, and claims by the ticket's state what is not standalone: entries without valuation and on
/// cancelled tickets (written off), warranty, and contract time of cycles not billed yet (pending, or covered where the
/// modality has no excess). Contract time of billed cycles is claimed by <see cref="BilledCycleClaims"/>.
/// </summary>
internal static class TimeClaims
{
    public static void Add(ClaimBook book, ReconciliationSources sources)
    {
        var riderContracts = sources.Contracts.Values.SelectMany(t => t.Riders.Select(r => (Rider: r.Id, Contract: t))).ToDictionary(x => x.Rider, x => x.Contract);
        foreach (var entry in sources.Work.Entries)
        {
            book.Log(ReconciliationFamily.Time, entry.Id, entry.ClientId, entry.TicketNumber, entry.Date, entry.Minutes);
            if (entry.Kind == EntryKind.Contract)
            {
                AddContractTime(book, sources, riderContracts, entry);
            }
            else if (entry.Kind is null)
            {
                book.Claim(ReconciliationFamily.Time, entry.Id, ItemClaims.TicketSource, ReconciliationBucket.WrittenOff, entry.Minutes, null, "sem valorização");
            }
        }
    }

    private static void AddContractTime(ClaimBook book, ReconciliationSources sources, Dictionary<Guid, ContractTermsDto> riderContracts, LoggedEntryDto entry)
    {
        const ReconciliationFamily time = ReconciliationFamily.Time;
        if (entry.Warranty)
        {
            book.Claim(time, entry.Id, ItemClaims.TicketSource, ReconciliationBucket.Warranty, entry.Minutes, null, "contrato, em garantia");
            return;
        }

        // The same selection as the consumption billing reads (GetContractConsumption): not cancelled, with rider and mode.
        if (entry.TicketState == TicketState.Cancelled || entry.RiderId is null || entry.Mode is null)
        {
            book.Claim(time, entry.Id, ItemClaims.TicketSource, ReconciliationBucket.WrittenOff, entry.Minutes, null,
                entry.TicketState == TicketState.Cancelled ? "ticket cancelado" : "contrato sem tipo de atendimento");
            return;
        }

        if (!riderContracts.TryGetValue(entry.RiderId.Value, out var contract))
        {
            book.ExplainUnclaimed(time, entry.Id, "O contrato (adendo) do apontamento não foi encontrado");
            return;
        }

        var cycle = sources.Cycles.GetValueOrDefault(contract.Id)?.FirstOrDefault(c => c.ExcessPeriod is { } p && p.Start <= entry.Date && entry.Date <= p.End);
        if (cycle is null)
        {
            book.ExplainUnclaimed(time, entry.Id, $"Nenhum ciclo do contrato #{contract.Number} cobra o consumo desta data");
            return;
        }

        if (sources.BilledCycles.Contains((contract.Id, cycle.Index)))
        {
            book.ExplainUnclaimed(time, entry.Id,
                $"Lançado ou alterado depois do faturamento do ciclo {PtBr.Period(cycle.Start, cycle.End)} do contrato #{contract.Number}: vai no ajuste do próximo ciclo");
            return;
        }

        var billed = TimeRounding.Billed(entry.Minutes, contract.TimeRoundingIncrementMinutes, contract.MinimumMinutesPerEntry);
        book.AddRounding(entry.ClientId, billed - entry.Minutes);
        var hasExcess = contract.Modality.UsesHours() || contract.Modality.UsesCredit() || contract.Modality.UsesTickets();
        book.Claim(time, entry.Id, ItemClaims.TicketSource, hasExcess ? ReconciliationBucket.PendingCycle : ReconciliationBucket.CoveredByContract,
            entry.Minutes, null, $"contrato #{contract.Number}, ciclo {PtBr.Period(cycle.Start, cycle.End)} a faturar");
    }
}
