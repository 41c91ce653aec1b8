namespace Tiflux.Billing.PublicApi;

/// <summary>Which pending values to show: contract cycles, standalone values (valores avulsos) or both.</summary>
public enum PendingScope
{
    Both = 0,
    Contracts = 1,
    Standalone = 2,
}

/// <summary>What a pending line charges.</summary>
public enum PendingLineKind
{
    /// <summary>A cycle's fixed value (Livre, Limite de Atendimento, Horas, Horas Cumulativas).</summary>
    ContractFee = 1,

    /// <summary>One Produto/SaaS item of a cycle.</summary>
    SaasItem = 2,

    /// <summary>Crédito: the fixed monthly fee that is not credit.</summary>
    CreditFee = 3,

    /// <summary>Crédito: the prepaid monthly credit.</summary>
    CreditAllowance = 4,

    /// <summary>The rider's discount, as a negative amount.</summary>
    RiderDiscount = 5,

    /// <summary>Hours used beyond the allowance (and the carried-over balance).</summary>
    HoursExcess = 6,

    /// <summary>Tickets beyond the included number.</summary>
    TicketExcess = 7,

    /// <summary>Consumption beyond the credit, at the per-mode rates.</summary>
    CreditExcess = 8,

    /// <summary>A standalone time entry: rate per mode × time, or a manual value.</summary>
    StandaloneEntry = 9,

    /// <summary>A travel fee.</summary>
    Travel = 10,

    /// <summary>An extra expense launched on a ticket.</summary>
    Extra = 11,

    /// <summary>
    /// Not an amount: a contract whose cycles cannot be computed (a stored date outside the allowed window). Never
    /// billable; it stands where the contract's cycles would be so the problem is seen and fixed.
    /// </summary>
    ContractProblem = 12,

    /// <summary>
    /// A correction of an already billed cycle (entries added, edited or removed after it was billed), carried by the
    /// contract's next pending cycle: the cycle's excess recomputed with today's entries minus what was billed for it.
    /// </summary>
    CycleAdjustment = 13,
}

/// <summary>
/// Pending billing by the page's filters: <see cref="ExactDueDate"/> set means "data de vencimento" (cycles due exactly
/// that day); otherwise "data base" (everything pending on or before <see cref="BaseDate"/>).
/// <see cref="ClientIds"/> null means every client.
/// </summary>
public sealed record PendingRequest(DateOnly BaseDate, DateOnly? ExactDueDate, IReadOnlyCollection<Guid>? ClientIds, PendingScope Scope);

/// <summary>A fact of an explanation, e.g. ("Horas incluídas", "20:00").</summary>
public sealed record ExplanationFactDto(string Label, string Value);

/// <summary>A time entry behind an amount, with raw and billed minutes.</summary>
public sealed record ExplanationEntryDto(
    Guid EntryId,
    int TicketNumber,
    DateOnly Date,
    string ClientName,
    string Mode,
    int RawMinutes,
    int BilledMinutes,
    decimal? Value,
    bool Warranty,
    bool Reviewed,
    string Technician,
    string Description);

/// <summary>Why a line has its amount: the rule, a formula a person can redo with a pencil, facts and entries.</summary>
public sealed record LineExplanationDto(
    string Rule,
    string Formula,
    IReadOnlyList<ExplanationFactDto> Facts,
    IReadOnlyList<ExplanationEntryDto> Entries,
    Guid? RiderId,
    int? RiderRelease);

/// <summary>
/// One pending line. Lines with the same <see cref="GroupKey"/> (a contract cycle) are billed together;
/// <see cref="Key"/> is stable across computations. Warranty lines have <see cref="Billable"/> false and amount 0.
/// </summary>
public sealed record PendingLineDto(
    string Key,
    string GroupKey,
    PendingLineKind Kind,
    Guid ClientId,
    string ClientName,
    Guid? ContractId,
    string? ContractName,
    int? CycleIndex,
    int? TicketNumber,
    Guid? SourceId,
    DateOnly ReferenceDate,
    DateOnly? DueDate,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    string Description,
    decimal Quantity,
    string Unit,
    decimal UnitValue,
    decimal Amount,
    bool Billable,
    LineExplanationDto Explanation)
{
    public bool IsContractLine => ContractId is not null && CycleIndex is not null;
}

/// <summary>One row of the pending billing list; <see cref="Problems"/> names contracts whose cycles cannot be computed.</summary>
public sealed record PendingClientSummary(
    Guid ClientId,
    string ClientName,
    decimal ContractTotal,
    decimal StandaloneTotal,
    DateOnly? EarliestDueDate,
    int LineCount,
    IReadOnlyList<string> Problems)
{
    public decimal Total => ContractTotal + StandaloneTotal;
}
