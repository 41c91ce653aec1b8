namespace Tiflux.SharedKernel;

/// <summary>CPF (11 digits) or CNPJ (14 characters, numeric or the 2026 alphanumeric form) with check digits verified.</summary>
public static class TaxId
{
    private static readonly int[] CnpjWeights1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    private static readonly int[] CnpjWeights2 = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

    public static string Normalize(string? input) =>
        new((input ?? "").Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    public static bool IsValid(string normalized) => normalized.Length switch
    {
        11 => IsValidCpf(normalized),
        14 => IsValidCnpj(normalized),
        _ => false,
    };

    public static string Format(string normalized) => normalized.Length switch
    {
        11 => $"{normalized[..3]}.{normalized[3..6]}.{normalized[6..9]}-{normalized[9..]}",
        14 => $"{normalized[..2]}.{normalized[2..5]}.{normalized[5..8]}/{normalized[8..12]}-{normalized[12..]}",
        _ => normalized,
    };

    private static bool IsValidCpf(string cpf)
    {
        if (!cpf.All(char.IsAsciiDigit) || cpf.Distinct().Count() == 1)
        {
            return false;
        }

        var digits = cpf.Select(c => c - '0').ToArray();
        return digits[9] == CpfCheckDigit(digits, 9) && digits[10] == CpfCheckDigit(digits, 10);
    }

    private static int CpfCheckDigit(int[] digits, int length)
    {
        var sum = 0;
        for (var i = 0; i < length; i++)
        {
            sum += digits[i] * (length + 1 - i);
        }

        var remainder = sum * 10 % 11;
        return remainder == 10 ? 0 : remainder;
    }

    private static bool IsValidCnpj(string cnpj)
    {
        if (!cnpj[..12].All(char.IsAsciiLetterOrDigit) || !cnpj[12..].All(char.IsAsciiDigit) || cnpj.Distinct().Count() == 1)
        {
            return false;
        }

        // Alphanumeric CNPJ (IN RFB 2.229/2024): each character counts as its ASCII code minus 48.
        var values = cnpj.Select(c => c - '0').ToArray();
        return values[12] == CnpjCheckDigit(values, CnpjWeights1) && values[13] == CnpjCheckDigit(values, CnpjWeights2);
    }

    private static int CnpjCheckDigit(int[] values, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += values[i] * weights[i];
        }

        var remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }
}
