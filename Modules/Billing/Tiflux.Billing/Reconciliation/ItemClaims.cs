using Tiflux.Billing.Pending;
using Tiflux.Billing.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Reconciliation;

/// <summary>
/// Standalone time, travel fees and extras: the ticket's state claims what is pending, under warranty, a ride-along or
/// written off; a billing line claims what is billed. An item marked billed is claimed only by its billing's line.
/// </summary>
internal static class ItemClaims
{
    public const string TicketSource = "situação do ticket";

    public static void Add(ClaimBook book, ReconciliationSources sources)
    {
        foreach (var entry in sources.Work.Entries)
        {
            if (entry.Kind == EntryKind.Standalone)
            {
                AddStandaloneTime(book, sources, entry);
            }

            if (entry.TravelId is not null || entry.RideAlongTicketNumber is not null)
            {
                AddTravel(book, sources, entry);
            }
        }

        foreach (var extra in sources.Work.Extras)
        {
            book.Log(ReconciliationFamily.Extra, extra.Id, extra.ClientId, extra.TicketNumber, extra.Date, 0);
            if (extra.TicketState == TicketState.Cancelled)
            {
                book.Claim(ReconciliationFamily.Extra, extra.Id, TicketSource, ReconciliationBucket.WrittenOff, 0, null, "ticket cancelado");
            }
            else
            {
                StateOrMark(book, sources, ReconciliationFamily.Extra, extra.Id, extra.TicketState, extra.BilledInBillingId, 0, extra.Total, extra.ExpenseName);
            }
        }

        foreach (var line in sources.ItemLines)
        {
            ClaimByLine(book, sources, line);
        }
    }

    private static void AddStandaloneTime(ClaimBook book, ReconciliationSources sources, LoggedEntryDto entry)
    {
        // Logged by TimeClaims (every entry is logged once there); here only the claims of standalone time.
        if (entry.Warranty)
        {
            book.Claim(ReconciliationFamily.Time, entry.Id, TicketSource, ReconciliationBucket.Warranty, entry.Minutes, 0m, "serviço avulso em garantia");
        }
        else if (entry.TicketState == TicketState.Cancelled)
        {
            book.Claim(ReconciliationFamily.Time, entry.Id, TicketSource, ReconciliationBucket.WrittenOff, entry.Minutes, null, "ticket cancelado");
        }
        else
        {
            StateOrMark(book, sources, ReconciliationFamily.Time, entry.Id, entry.TicketState, entry.BilledInBillingId, entry.Minutes,
                StandaloneLines.BilledAmount(entry.Warranty, entry.Value ?? 0m), "serviço avulso");
        }
    }

    private static void AddTravel(ClaimBook book, ReconciliationSources sources, LoggedEntryDto entry)
    {
        book.Log(ReconciliationFamily.Travel, entry.Id, entry.ClientId, entry.TicketNumber, entry.Date, 0);
        var name = entry.TravelName ?? "deslocamento";
        if (entry.RideAlongTicketNumber is { } owner)
        {
            book.Claim(ReconciliationFamily.Travel, entry.Id, TicketSource, ReconciliationBucket.RideAlong, 0, null, $"carona do ticket #{owner}");
        }
        else if (entry.Warranty)
        {
            book.Claim(ReconciliationFamily.Travel, entry.Id, TicketSource, ReconciliationBucket.Warranty, 0, 0m, name);
        }
        else if (entry.TicketState == TicketState.Cancelled)
        {
            book.Claim(ReconciliationFamily.Travel, entry.Id, TicketSource, ReconciliationBucket.WrittenOff, 0, null, "ticket cancelado");
        }
        else
        {
            StateOrMark(book, sources, ReconciliationFamily.Travel, entry.Id, entry.TicketState, entry.TravelBilledInBillingId, 0,
                StandaloneLines.BilledAmount(entry.Warranty, entry.TravelValue ?? 0m), name);
        }
    }

    /// <summary>Unmarked: pending by the ticket's state, valued as pending billing values it. Marked: left to the billing line.</summary>
    private static void StateOrMark(
        ClaimBook book, ReconciliationSources sources, ReconciliationFamily family, Guid id, TicketState state, Guid? billedIn, int minutes, decimal amount, string note)
    {
        book.SetMark(family, id, billedIn);
        if (billedIn is { } billingId)
        {
            book.ExplainUnclaimed(family, id, sources.Billings.TryGetValue(billingId, out var billing)
                ? billing.Reversed
                    ? $"Marcado como faturado no faturamento #{billing.Number}, que foi estornado"
                    : $"Marcado como faturado no faturamento #{billing.Number}, que não tem linha para este item"
                : "Marcado como faturado num faturamento que não existe");
            return;
        }

        var bucket = state switch
        {
            TicketState.Open => ReconciliationBucket.PendingOpenTicket,
            TicketState.AwaitingReview => ReconciliationBucket.PendingReview,
            _ => ReconciliationBucket.PendingBilling,
        };
        book.Claim(family, id, TicketSource, bucket, minutes, amount, note);
    }

    private static void ClaimByLine(ClaimBook book, ReconciliationSources sources, BilledLineRow line)
    {
        var family = line.Kind switch
        {
            PendingLineKind.StandaloneEntry => ReconciliationFamily.Time,
            PendingLineKind.Travel => ReconciliationFamily.Travel,
            _ => ReconciliationFamily.Extra,
        };
        var billing = sources.Billings.GetValueOrDefault(line.BillingId);
        var number = billing?.Number;
        if (line.SourceId is not { } sourceId || !book.IsLogged(family, sourceId))
        {
            if (billing is not null && sources.InScope(billing.ClientId))
            {
                book.Problem(billing.ClientId, new(family, $"Linha do faturamento #{number} sem item de origem (excluído ou movido de cliente)",
                    line.SourceId ?? Guid.Empty, line.TicketNumber, line.ReferenceDate, 0, line.Amount, number));
            }

            return;
        }

        var mark = book.Mark(family, sourceId);
        if (mark is { } marked && marked != line.BillingId)
        {
            var other = sources.Billings.GetValueOrDefault(marked)?.Number;
            book.Problem(book.ClientOf(family, sourceId), new(family, $"Faturado no faturamento #{number}, mas marcado como faturado no #{other}",
                sourceId, line.TicketNumber, line.ReferenceDate, book.MinutesOf(family, sourceId), line.Amount, number));
        }

        book.Claim(family, sourceId, $"faturamento #{number}", ReconciliationBucket.Billed, book.MinutesOf(family, sourceId), line.Amount, $"faturamento #{number}");
    }
}
