namespace Tiflux.Billing.Runs;

/// <summary>What a batch did with its planned cycles; added to the batch row and to its run's counters.</summary>
internal sealed class BatchTally
{
    public int Billed { get; private set; }

    public int Failed { get; private set; }

    public int Skipped { get; private set; }

    public decimal TotalValue { get; private set; }

    public void AddBilled(decimal value)
    {
        Billed++;
        TotalValue += value;
    }

    public void AddFailed() => Failed++;

    /// <summary>Planned cycles no longer pending when the batch ran: billed meanwhile (by a person, a parallel run, an earlier attempt) or no longer due.</summary>
    public void AddSkipped(int count) => Skipped += count;
}
