using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Reconciliation;

/// <summary>
/// The double-entry core of reconciliation. Each logged item is recorded once; then each independent source of truth —
/// the ticket's own state (pending, warranty, written off), a billing line, a billed cycle's consumption — claims it into
/// a bucket. An item claimed by exactly one source is accounted for; one claimed by none or by two is a difference and a
/// problem. A source may split an item over several buckets (covered and excess parts of one entry).
/// </summary>
internal sealed class ClaimBook
{
    private readonly Dictionary<(ReconciliationFamily, Guid), LoggedItem> logged = [];
    private readonly Dictionary<(ReconciliationFamily, Guid), List<ClaimRow>> claims = [];
    private readonly Dictionary<(ReconciliationFamily, Guid), string> unclaimedReasons = [];
    private readonly List<(Guid ClientId, ReconciliationProblemDto Problem)> problems = [];
    private readonly Dictionary<Guid, int> rounding = [];
    private readonly Dictionary<(ReconciliationFamily, Guid), Guid?> marks = [];

    public void Log(ReconciliationFamily family, Guid id, Guid clientId, int ticketNumber, DateOnly date, int minutes) =>
        logged[(family, id)] = new LoggedItem(family, id, clientId, ticketNumber, date, minutes);

    public bool IsLogged(ReconciliationFamily family, Guid id) => logged.ContainsKey((family, id));

    public int MinutesOf(ReconciliationFamily family, Guid id) => logged[(family, id)].Minutes;

    public Guid ClientOf(ReconciliationFamily family, Guid id) => logged[(family, id)].ClientId;

    /// <summary>The billing the item is marked billed in on the Tickets side (null = unmarked).</summary>
    public void SetMark(ReconciliationFamily family, Guid id, Guid? billingId) => marks[(family, id)] = billingId;

    public Guid? Mark(ReconciliationFamily family, Guid id) => marks.GetValueOrDefault((family, id));

    /// <summary>A source's claim on a logged item (ignored for items outside the report: another client or period).</summary>
    public void Claim(ReconciliationFamily family, Guid id, string source, ReconciliationBucket bucket, int minutes, decimal? amount, string note)
    {
        if (!logged.ContainsKey((family, id)))
        {
            return;
        }

        if (!claims.TryGetValue((family, id), out var list))
        {
            claims[(family, id)] = list = [];
        }

        list.Add(new ClaimRow(source, bucket, minutes, amount, note));
    }

    /// <summary>Why no source claims an item, when the classifier already knows (e.g. "marcado em faturamento estornado").</summary>
    public void ExplainUnclaimed(ReconciliationFamily family, Guid id, string reason) => unclaimedReasons[(family, id)] = reason;

    public void Problem(Guid clientId, ReconciliationProblemDto problem) => problems.Add((clientId, problem));

    public void AddRounding(Guid clientId, int minutes) => rounding[clientId] = rounding.GetValueOrDefault(clientId) + minutes;

    public IReadOnlyList<ClientReconciliationDto> Build(IReadOnlyDictionary<Guid, string> clientNames)
    {
        foreach (var item in logged.Values)
        {
            CheckClaims(item);
        }

        var clientIds = logged.Values.Select(i => i.ClientId).Concat(problems.Select(p => p.ClientId)).Distinct();
        return [.. clientIds
            .Select(id => BuildClient(id, clientNames.GetValueOrDefault(id, "?")))
            .OrderBy(c => c.ClientName, StringComparer.Ordinal)];
    }

    private void CheckClaims(LoggedItem item)
    {
        var list = claims.GetValueOrDefault((item.Family, item.Id)) ?? [];
        var sources = list.Select(c => c.Source).Distinct().ToList();
        if (sources.Count == 0)
        {
            var reason = unclaimedReasons.GetValueOrDefault((item.Family, item.Id)) ?? "Não está em nenhum grupo: nem pendente, nem faturado, nem coberto";
            problems.Add((item.ClientId, new(item.Family, reason, item.Id, item.TicketNumber, item.Date, item.Minutes, null, null)));
        }
        else if (sources.Count > 1)
        {
            var buckets = string.Join(" e ", list.Select(c => ReconciliationWords.Bucket(c.Bucket)).Distinct());
            problems.Add((item.ClientId, new(item.Family, $"Contado duas vezes: {buckets} ({string.Join(", ", sources)})", item.Id, item.TicketNumber, item.Date,
                item.Minutes, null, null)));
        }
    }

    private ClientReconciliationDto BuildClient(Guid clientId, string name)
    {
        var items = logged.Values.Where(i => i.ClientId == clientId).ToList();
        var claimed = items.SelectMany(i => (claims.GetValueOrDefault((i.Family, i.Id)) ?? []).Select(c => (Item: i, Claim: c))).ToList();
        var lines = claimed
            .GroupBy(x => (x.Item.Family, x.Claim.Bucket))
            .OrderBy(g => g.Key.Family).ThenBy(g => g.Key.Bucket)
            .Select(g => new ReconciliationLineDto(
                g.Key.Family, g.Key.Bucket, g.Select(x => x.Item.Id).Distinct().Count(), g.Sum(x => x.Claim.Minutes),
                g.Any(x => x.Claim.Amount is not null) ? g.Sum(x => x.Claim.Amount ?? 0m) : null,
                [.. g.OrderBy(x => x.Item.Date).ThenBy(x => x.Item.TicketNumber)
                    .Select(x => new ReconciledItemDto(x.Item.Id, x.Item.TicketNumber, x.Item.Date, x.Claim.Minutes, x.Claim.Amount, x.Claim.Note))]))
            .ToList();
        int Count(ReconciliationFamily family) => items.Count(i => i.Family == family);
        int Claimed(ReconciliationFamily family) => claimed.Where(x => x.Item.Family == family).Select(x => (x.Item.Id, x.Claim.Source)).Distinct().Count();
        var loggedMinutes = items.Where(i => i.Family == ReconciliationFamily.Time).Sum(i => i.Minutes);
        var claimedMinutes = claimed.Where(x => x.Item.Family == ReconciliationFamily.Time).Sum(x => x.Claim.Minutes);
        return new ClientReconciliationDto(
            clientId, name, loggedMinutes, loggedMinutes - claimedMinutes, rounding.GetValueOrDefault(clientId),
            Count(ReconciliationFamily.Travel), Count(ReconciliationFamily.Travel) - Claimed(ReconciliationFamily.Travel),
            Count(ReconciliationFamily.Extra), Count(ReconciliationFamily.Extra) - Claimed(ReconciliationFamily.Extra),
            lines,
            [.. problems.Where(p => p.ClientId == clientId).Select(p => p.Problem).OrderBy(p => p.Date).ThenBy(p => p.TicketNumber)]);
    }

    private sealed record LoggedItem(ReconciliationFamily Family, Guid Id, Guid ClientId, int TicketNumber, DateOnly Date, int Minutes);

    private sealed record ClaimRow(string Source, ReconciliationBucket Bucket, int Minutes, decimal? Amount, string Note);
}
