using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Entries;

/// <summary>The valuation rules of domain §2.5, as a pure function of the input and the client's options on the date.</summary>
internal static partial class ValuationRules
{
    public static Result<EntryValuation> Evaluate(ValuationInput input, ValuationOptionsDto options)
    {
        var errors = new List<Error>();
        if (input.Mode is null)
        {
            errors.Add(Error.Rule(EntryRuleCodes.ModeRequired, "Mode", "Informe o tipo de atendimento (externo, remoto ou interno)."));
        }

        if (input.Kind is null)
        {
            errors.Add(Error.Rule(EntryRuleCodes.KindRequired, "Kind", "Informe se o apontamento é de contrato ou avulso."));
        }

        if (input.Warranty && input.ManualValue)
        {
            errors.Add(Error.Rule(EntryRuleCodes.WarrantyWithValue, "ManualValue", "Apontamento em garantia não pode ter valor manual."));
        }

        RiderTermsDto? rider = null;
        StandaloneServiceDto? service = null;
        if (input.Kind == EntryKind.Contract)
        {
            rider = CheckRider(input, options, errors);
        }
        else if (input.Kind == EntryKind.Standalone)
        {
            service = CheckService(input, options, errors);
        }

        var travel = CheckTravel(input, options, errors);
        if (errors.Count > 0)
        {
            return Result<EntryValuation>.Failure(errors);
        }

        return Result<EntryValuation>.Success(Valuation(input, rider, service, travel));
    }

    public static string RiderName(RiderTermsDto rider) =>
        $"{rider.ContractName} (aditivo {rider.Release}, desde {PtBr.Date(rider.StartDate)})";

    /// <summary>The valuation of an input that passed every rule: warranty is free, a rider consumes the contract, else manual or rate × time.</summary>
    private static EntryValuation Valuation(ValuationInput input, RiderTermsDto? rider, StandaloneServiceDto? service, TravelDto? travel)
    {
        var mode = input.Mode!.Value;
        var (value, basis) = (input.Warranty, rider, input.ManualValue) switch
        {
            (true, _, _) => ((decimal?)0m, ValuationBasis.Warranty),
            (false, not null, _) => (null, ValuationBasis.ConsumesContract),
            (false, null, true) => (input.Value, ValuationBasis.Manual),
            _ => (Money.ForMinutes(input.Minutes, service!.RateFor(mode)), ValuationBasis.RateTimesTime),
        };

        return new EntryValuation(
            mode,
            input.Kind,
            rider?.Id,
            rider?.ContractId,
            service?.Id,
            rider is not null ? RiderName(rider) : service?.Name,
            service?.RateFor(mode),
            travel?.Id,
            travel?.Name,
            travel?.Value,
            input.RideAlongTicketNumber,
            input.Warranty,
            input.ManualValue,
            value,
            basis);
    }
}
