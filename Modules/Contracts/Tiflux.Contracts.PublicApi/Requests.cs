namespace Tiflux.Contracts.PublicApi;

/// <summary>
/// Contract cycles pending billing: with <see cref="ExactDueDate"/> set, cycles due exactly that day; otherwise cycles
/// whose pending-from date is on or before <see cref="BaseDate"/>. <see cref="ClientIds"/> null means every client.
/// Cycles start at <see cref="NotBefore"/> (or the contract start).
/// </summary>
public sealed record CyclesPendingRequest(DateOnly BaseDate, DateOnly? ExactDueDate, IReadOnlyCollection<Guid>? ClientIds, DateOnly? NotBefore = null);

/// <summary>Contract terms by clients and/or contracts; both null means every contract.</summary>
public sealed record ContractTermsRequest(IReadOnlyCollection<Guid>? ClientIds, IReadOnlyCollection<Guid>? ContractIds);
