using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Invoicing;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Queries;

/// <summary>The history page: filtered billings, newest first, with the total and count of those not reversed.</summary>
internal sealed class GetBillingHistory(BillingDbContext db)
{
    public async Task<Result<BillingHistoryDto>> HandleAsync(BillingHistoryRequest request, CancellationToken cancellationToken)
    {
        if ((request.BillingFrom is null) != (request.BillingTo is null) || (request.DueFrom is null) != (request.DueTo is null))
        {
            return Error.Validation("BillingFrom", "Informe o início e o fim do período (os dois juntos).");
        }

        if (SearchTextError(request) is { } error)
        {
            return error;
        }

        var query = Filter(request);
        var page = Math.Max(1, request.Page);
        var size = Math.Clamp(request.PageSize, 1, 200);
        var total = await query.CountAsync(cancellationToken);
        var counted = query.Where(b => !b.Reversed);
        var totalValue = await counted.SumAsync(b => (decimal?)b.RealValue, cancellationToken) ?? 0m;
        var countedBillings = await counted.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(b => b.Number).Skip(PagedList.Skip(page, size)).Take(size).ToListAsync(cancellationToken);
        return Result<BillingHistoryDto>.Success(new BillingHistoryDto(
            new PagedList<BillingSummary>([.. rows.Select(BillingSummaries.Summary)], page, size, total), totalValue, countedBillings));
    }

    /// <summary>Search texts are bounded by the fields they search and must be storable text (no NUL).</summary>
    private static Error? SearchTextError(BillingHistoryRequest request)
    {
        foreach (var (field, text, limit) in new[]
        {
            (nameof(request.NfeNumber), request.NfeNumber, BillingLimits.NfeNumber),
            (nameof(request.Observations), request.Observations, BillingLimits.Observations),
        })
        {
            if (!TextInput.IsStorable(text))
            {
                return Error.Validation(field, TextInput.InvalidCharactersMessage);
            }

            if (text?.Trim().Length > limit)
            {
                return Error.Validation(field, $"O texto de busca deve ter no máximo {limit} caracteres.");
            }
        }

        return null;
    }

    private IQueryable<BillingDocument> Filter(BillingHistoryRequest request)
    {
        var query = db.Billings.AsNoTracking();
        if (request.BillingFrom is { } bf && request.BillingTo is { } bt)
        {
            query = query.Where(b => b.BillingDate >= bf && b.BillingDate <= bt);
        }

        if (request.DueFrom is { } df && request.DueTo is { } dt)
        {
            query = query.Where(b => b.DueDate >= df && b.DueDate <= dt);
        }

        if (request.ClientId is { } clientId)
        {
            query = query.Where(b => b.ClientId == clientId);
        }

        // Contained text, case-insensitive, the LIKE wildcards typed by the user matched literally.
        if (!string.IsNullOrWhiteSpace(request.NfeNumber))
        {
            var nfe = LikePattern.Contains(request.NfeNumber.Trim());
            query = query.Where(b => EF.Functions.ILike(b.NfeNumber, nfe, LikePattern.Escape));
        }

        if (!string.IsNullOrWhiteSpace(request.Observations))
        {
            var observations = LikePattern.Contains(request.Observations.Trim());
            query = query.Where(b => EF.Functions.ILike(b.Observations, observations, LikePattern.Escape));
        }

        if (request.NotReversed)
        {
            query = query.Where(b => !b.Reversed);
        }

        if (request.Number is { } number)
        {
            query = query.Where(b => b.Number == number);
        }

        if (request.TicketNumber is { } ticket)
        {
            query = query.Where(b => db.BillingLines.Any(l => l.BillingId == b.Id && l.TicketNumber == ticket));
        }

        return request.State switch
        {
            BillingState.Reversed => query.Where(b => b.Reversed),
            BillingState.Paid => query.Where(b => !b.Reversed && b.Paid),
            BillingState.Billed => query.Where(b => !b.Reversed && !b.Paid),
            _ => query,
        };
    }
}
