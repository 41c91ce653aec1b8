using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Validation;

internal static class ContractSettingsValidator
{
    public static void Validate(ContractSettingsRequest settings, ContractModality modality, Errors errors, string prefix = "Settings.")
    {
        errors.NotBlank(settings.Name, prefix + "Name", "o nome do contrato");
        errors.InWindow(settings.StartDate, prefix + "StartDate");
        errors.InWindow(settings.ExpirationDate, prefix + "ExpirationDate");
        errors.InWindow(settings.NextAdjustmentDate, prefix + "NextAdjustmentDate");
        errors.Require(settings.BillingDaysBefore is >= 0 and <= 28, prefix + "BillingDaysBefore", "Faturar X dias antes deve estar entre 0 e 28.");
        errors.Require(settings.ExpirationDate is null || settings.ExpirationDate >= settings.StartDate, prefix + "ExpirationDate", "A expiração não pode ser anterior ao início.");
        errors.Require(!settings.AutomaticRenewal || (settings.ExpirationDate is not null && settings.DurationMonths is > 0),
            prefix + "DurationMonths", "A renovação automática precisa de data de expiração e duração em meses.");
        errors.Require(settings.DurationMonths is null or > 0, prefix + "DurationMonths", "A duração deve ser maior que zero.");
        errors.Require(settings.AdjustmentIntervalMonths is null or > 0, prefix + "AdjustmentIntervalMonths", "O intervalo de reajuste deve ser maior que zero.");
        errors.Require(settings.NextAdjustmentDate is null || settings.AdjustmentIntervalMonths is > 0, prefix + "AdjustmentIntervalMonths", "Informe o intervalo de reajuste em meses.");
        errors.Require(settings.RolloverCapMinutes is null or > 0, prefix + "RolloverCapMinutes", "O limite de horas acumuladas deve ser maior que zero.");
        errors.Require(settings.RolloverExpiryCycles is null or > 0, prefix + "RolloverExpiryCycles", "A expiração das horas acumuladas deve ser de pelo menos 1 ciclo.");
        errors.Require(settings.TimeRoundingIncrementMinutes is >= 0 and <= 240, prefix + "TimeRoundingIncrementMinutes", "O arredondamento deve estar entre 0 e 240 minutos.");
        errors.Require(settings.MinimumMinutesPerEntry is >= 0 and <= 480, prefix + "MinimumMinutesPerEntry", "O mínimo por apontamento deve estar entre 0 e 480 minutos.");
        if (settings.ReminderEnabled)
        {
            errors.Require(settings.ReminderPercent is > 0 and <= 100, prefix + "ReminderPercent", "O lembrete de consumo precisa de um percentual entre 1 e 100.");
            errors.Require(settings.ReminderEmails.Count > 0, prefix + "ReminderEmails", "Informe ao menos um e-mail para o lembrete de consumo.");
        }

        errors.Emails(settings.ReminderEmails, prefix + "ReminderEmails");
        errors.Require(modality.SharesWithMembers() || settings.SharedMemberClientIds.Count == 0,
            prefix + "SharedMemberClientIds", "Somente contratos de crédito compartilhado têm clientes membros.");
        errors.Require(modality.CarriesBalance() || (settings.RolloverCapMinutes is null && settings.RolloverExpiryCycles is null),
            prefix + "RolloverCapMinutes", "Acúmulo de horas só existe em contratos de Horas Cumulativas.");
    }
}
