namespace Tiflux.Contracts.PublicApi;

/// <summary>The seven contract modalities (modalidades).</summary>
public enum ContractModality
{
    /// <summary>Livre: fixed value per cycle, unlimited use.</summary>
    Free = 1,

    /// <summary>Limite de Atendimento: fixed value, tickets included per cycle, value per extra ticket.</summary>
    PerTicket = 2,

    /// <summary>Produto/SaaS: Σ item value × quantity per cycle.</summary>
    SaasProduct = 3,

    /// <summary>Horas: fixed value, hours included per cycle, excess hourly rate.</summary>
    Hours = 4,

    /// <summary>Horas Cumulativas: as Hours, unused hours roll over.</summary>
    CumulativeHours = 5,

    /// <summary>Crédito: fixed fee plus a monthly money credit consumed at per-mode hourly rates.</summary>
    Credit = 6,

    /// <summary>Crédito compartilhado: a Credit contract whose balance member clients share.</summary>
    SharedCredit = 7,
}

/// <summary>Whether a cycle's fixed fee is billed before (antecipado) or after (posterior) the cycle.</summary>
public enum BillingTiming
{
    InAdvance = 1,
    InArrears = 2,
}

/// <summary>How cycles are cut: calendar months, or months anchored on the contract's start day.</summary>
public enum CycleAnchor
{
    CalendarMonth = 1,
    Anniversary = 2,
}

/// <summary>Status derived from the contract's dates.</summary>
public enum ContractStatus
{
    Active = 1,
    PendingAdjustment = 2,
    Expired = 3,
    Cancelled = 4,
}

/// <summary>Whom a travel (deslocamento) may be used for.</summary>
public enum TravelScope
{
    All = 1,
    Client = 2,
    Contract = 3,
}

/// <summary>Rider discount: an amount of money or a percentage of the cycle value.</summary>
public enum DiscountType
{
    Currency = 1,
    Percent = 2,
}
