namespace Tiflux.Billing.PublicApi;

/// <summary>The pt-BR names of reconciliation's buckets and families, one place for the page and the problems' text.</summary>
public static class ReconciliationWords
{
    public static string Bucket(ReconciliationBucket bucket) => bucket switch
    {
        ReconciliationBucket.Billed => "Faturado",
        ReconciliationBucket.CoveredByContract => "Coberto pelo contrato",
        ReconciliationBucket.BilledAsExcess => "Faturado como excedente",
        ReconciliationBucket.Warranty => "Garantia",
        ReconciliationBucket.WrittenOff => "Baixado (não cobrável)",
        ReconciliationBucket.RideAlong => "Carona (não cobrado de novo)",
        ReconciliationBucket.PendingOpenTicket => "Pendente: ticket em aberto",
        ReconciliationBucket.PendingReview => "Pendente: aguardando revisão",
        ReconciliationBucket.PendingBilling => "Pendente: revisado, a faturar",
        _ => "Pendente: ciclo do contrato não faturado",
    };

    public static string Family(ReconciliationFamily family) => family switch
    {
        ReconciliationFamily.Time => "Apontamentos",
        ReconciliationFamily.Travel => "Deslocamentos",
        _ => "Gastos extras",
    };
}
