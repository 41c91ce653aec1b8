using PhoneNumbers;
using Tiflux.SharedKernel;

namespace Tiflux.Tickets.Requestors;

/// <summary>Telephones are stored in E.164 ("+5547999999999"), read as national numbers of <c>country</c> (default BR).</summary>
internal static class Telephones
{
    public const string DefaultCountry = "BR";

    /// <summary>The E.164 form, null for a blank input, or a validation error on <paramref name="field"/>.</summary>
    public static Result<string?> ToE164(string? input, string? country, string field)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return Result<string?>.Success(null);
        }

        var region = string.IsNullOrWhiteSpace(country) ? DefaultCountry : country.Trim().ToUpperInvariant();
        var util = PhoneNumberUtil.GetInstance();
        if (!util.GetSupportedRegions().Contains(region))
        {
            return Error.Validation(field, "País do telefone inválido (use o código ISO de duas letras, como BR).");
        }

        try
        {
            var number = util.Parse(input.Trim(), region);
            return util.IsValidNumber(number)
                ? Result<string?>.Success(util.Format(number, PhoneNumberFormat.E164))
                : Error.Validation(field, "Telefone inválido.");
        }
        catch (NumberParseException)
        {
            return Error.Validation(field, "Telefone inválido.");
        }
    }

    /// <summary>Digits only, for the list filter ("47 99999-9999" → "4799999999").</summary>
    public static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);
}
