namespace Tiflux.SharedKernel;

/// <summary>
/// Characters no text field may hold: NUL (PostgreSQL text refuses it) and unpaired UTF-16 surrogates (not encodable
/// as UTF-8). Lengths are each module's own; this is the rule every text shares.
/// </summary>
public static class TextInput
{
    public const string InvalidCharactersMessage = "O texto contém caracteres inválidos.";

    public static bool IsStorable(string? text)
    {
        if (text is null)
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return false;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
