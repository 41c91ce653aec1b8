using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Entries;

/// <summary>The checks of what an entry is charged against: a contract rider, a standalone service, a travel or a ride-along.</summary>
internal static partial class ValuationRules
{
    private static RiderTermsDto? CheckRider(ValuationInput input, ValuationOptionsDto options, List<Error> errors)
    {
        if (input.ServiceId is not null)
        {
            errors.Add(Error.Rule(EntryRuleCodes.ContractWithService, "ServiceId", "Apontamento de contrato não aceita serviço avulso."));
        }

        if (input.ManualValue)
        {
            errors.Add(Error.Rule(EntryRuleCodes.ContractWithValue, "ManualValue", "Valor manual só é permitido em apontamentos avulsos."));
        }

        if (input.RiderId is null)
        {
            errors.Add(Error.Rule(EntryRuleCodes.RiderRequired, "RiderId", "Escolha o aditivo de contrato."));
            return null;
        }

        var rider = options.Riders.FirstOrDefault(r => r.Id == input.RiderId);
        if (rider is null || !rider.IsInForceOn(input.Date))
        {
            errors.Add(Error.Rule(
                EntryRuleCodes.RiderNotInForce,
                "RiderId",
                $"O aditivo escolhido não está em vigor em {PtBr.Date(input.Date)} para este cliente."));
            return null;
        }

        return rider;
    }

    private static StandaloneServiceDto? CheckService(ValuationInput input, ValuationOptionsDto options, List<Error> errors)
    {
        if (input.RiderId is not null)
        {
            errors.Add(Error.Rule(EntryRuleCodes.StandaloneWithRider, "RiderId", "Apontamento avulso não aceita aditivo de contrato."));
        }

        if (input.ManualValue && input.Value is null)
        {
            errors.Add(Error.Rule(EntryRuleCodes.ValueRequired, "Value", "Informe o valor manual."));
        }
        else if (input.ManualValue && input.Value is < 0 or > TicketLimits.ManualValue)
        {
            errors.Add(Error.Rule(EntryRuleCodes.ValueOutOfRange, "Value", $"O valor manual deve estar entre {PtBr.Money(0m)} e {PtBr.Money(TicketLimits.ManualValue)}."));
        }

        if (input.ServiceId is null)
        {
            errors.Add(Error.Rule(EntryRuleCodes.ServiceRequired, "ServiceId", "Escolha o serviço avulso."));
            return null;
        }

        var service = options.Services.FirstOrDefault(s => s.Id == input.ServiceId && s.Active);
        if (service is null)
        {
            errors.Add(Error.Rule(EntryRuleCodes.ServiceUnavailable, "ServiceId", "Serviço avulso indisponível para este cliente."));
        }

        return service;
    }

    private static TravelDto? CheckTravel(ValuationInput input, ValuationOptionsDto options, List<Error> errors)
    {
        if (input.TravelId is null && input.RideAlongTicketNumber is null)
        {
            return null;
        }

        if (input.TravelId is not null && input.RideAlongTicketNumber is not null)
        {
            errors.Add(Error.Rule(EntryRuleCodes.TravelAndRideAlong, "TravelId", "Escolha deslocamento ou carona, não os dois."));
            return null;
        }

        if (input.Mode is not null and not AttendanceMode.External)
        {
            var field = input.TravelId is not null ? "TravelId" : "RideAlongTicketNumber";
            errors.Add(Error.Rule(EntryRuleCodes.TravelNotExternal, field, "Deslocamento e carona só são permitidos em atendimento externo."));
            return null;
        }

        if (input.TravelId is null)
        {
            return null;
        }

        var travel = options.Travels.FirstOrDefault(t => t.Id == input.TravelId && t.Active);
        if (travel is null)
        {
            errors.Add(Error.Rule(EntryRuleCodes.TravelUnavailable, "TravelId", "Deslocamento indisponível para este cliente."));
        }

        return travel;
    }
}
