using System.Globalization;
using System.Text.Json;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Conventions;

/// <summary>
/// Lenient body reading as Tiflux does (api-v2.md §1.3): unknown fields are ignored; integers and decimals may come
/// as numbers or numeric strings; booleans are false for <c>false, "false", "f", "0", 0</c>, null for null and true
/// for anything else. Type problems are collected per field and reported as one 422/42202. Text with NUL or unpaired
/// surrogates, numbers beyond numeric(14,2) and dates outside <see cref="BusinessDates"/> are field errors too: they
/// are what the database would refuse with a 500.
/// </summary>
internal sealed class BodyReader
{
    public const int MaxBodyBytes = 1024 * 1024;

    public static readonly string OutOfDateRange = string.Create(
        CultureInfo.InvariantCulture, $"must be between {BusinessDates.Min:yyyy-MM-dd} and {BusinessDates.Max:yyyy-MM-dd}");

    public const string InvalidCharacters = "contains invalid characters (NUL or an unpaired surrogate)";

    private readonly Dictionary<string, JsonElement> fields;
    private readonly Dictionary<string, List<string>> errors = [];

    private BodyReader(Dictionary<string, JsonElement> fields) => this.fields = fields;

    public static BodyReader Empty() => new([]);

    /// <summary>Reads a JSON object body; an empty body is an empty object, anything else malformed is 400/40003.</summary>
    public static async Task<BodyReader> ReadJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength == 0 || (request.ContentLength is null && !request.Body.CanSeek && request.Headers.TransferEncoding.Count == 0))
        {
            return Empty();
        }

        // A body-less PUT (reopen without disapproval_reason) may come without Content-Length: empty means empty.
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length == 0)
        {
            return Empty();
        }

        buffer.Position = 0;
        try
        {
            using var document = await JsonDocument.ParseAsync(buffer, default, cancellationToken);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ApiErrorException(ApiError.BadRequest("The request's body must be a JSON object"));
            }

            return Of(document.RootElement);
        }
        catch (JsonException)
        {
            throw new ApiErrorException(ApiError.BadRequest("The request's body is not valid JSON"));
        }
    }

    /// <summary>Reads a form (multipart or urlencoded) body: every value is a string.</summary>
    public static async Task<BodyReader> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(cancellationToken);
        return new BodyReader(form.ToDictionary(
            f => f.Key,
            f => JsonSerializer.SerializeToElement(f.Value.Count > 0 ? f.Value[^1] : null),
            StringComparer.Ordinal));
    }

    /// <summary>Reads JSON or a form, whichever the content type says.</summary>
    public static Task<BodyReader> ReadAsync(HttpRequest request, CancellationToken cancellationToken) =>
        request.HasFormContentType ? ReadFormAsync(request, cancellationToken) : ReadJsonAsync(request, cancellationToken);

    public bool Has(string name) => fields.ContainsKey(name);

    /// <summary>Absent, null, blank, an empty array or the text <c>[]</c> (as a multipart part carries an empty JSON list).</summary>
    public bool IsBlank(string name) =>
        !fields.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null
        || (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0)
        || (value.ValueKind == JsonValueKind.String && TryGetText(value, out var text) && (string.IsNullOrWhiteSpace(text) || text.Trim() == "[]"));

    /// <summary>No field at all (an empty body or <c>{}</c>).</summary>
    public bool IsEmpty => fields.Count == 0;

    public bool IsNull(string name) => fields.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Null;

    public string? String(string name, bool required = false, int maxLength = 0)
    {
        if (!fields.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Fail(name, "can't be blank");
            }

            return null;
        }

        if (value.ValueKind == JsonValueKind.String && !TryGetText(value, out _))
        {
            Fail(name, InvalidCharacters);
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        };
        if (text is null)
        {
            Fail(name, "must be a string");
            return null;
        }

        if (!TextInput.IsStorable(text))
        {
            Fail(name, InvalidCharacters);
            return null;
        }

        if (required && string.IsNullOrWhiteSpace(text))
        {
            Fail(name, "can't be blank");
            return null;
        }

        if (maxLength > 0 && text.Length > maxLength)
        {
            Fail(name, $"is too long (maximum is {maxLength} characters)");
            return null;
        }

        return text;
    }

    public int? Int(string name, bool required = false)
    {
        var number = Decimal(name, required);
        if (number is null)
        {
            return null;
        }

        if (number != decimal.Truncate(number.Value) || number > int.MaxValue || number < int.MinValue)
        {
            Fail(name, "must be an integer");
            return null;
        }

        return (int)number.Value;
    }

    public decimal? Decimal(string name, bool required = false)
    {
        string? text = null;
        if (!fields.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null
            || (value.ValueKind == JsonValueKind.String && TryGetText(value, out text) && string.IsNullOrWhiteSpace(text)))
        {
            if (required)
            {
                Fail(name, "can't be blank");
            }

            return null;
        }

        if ((value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
            || (text is not null
                && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number)))
        {
            // Every decimal column is numeric(14,2) (money, quantities): a larger number would fail the INSERT.
            if (!Money.IsStorable(number))
            {
                Fail(name, string.Create(CultureInfo.InvariantCulture, $"must be between {-Money.MaxAmount} and {Money.MaxAmount}"));
                return null;
            }

            return number;
        }

        Fail(name, "is not a number");
        return null;
    }

    /// <summary>Lenient boolean; null when absent or JSON null.</summary>
    public bool? Bool(string name)
    {
        if (!fields.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.False => false,
            JsonValueKind.String => !TryGetText(value, out var text) || text is not ("false" or "f" or "0"),
            JsonValueKind.Number => value.GetRawText() is not ("0" or "0.0"),
            _ => true,
        };
    }

    public DateOnly? Date(string name, bool required = false)
    {
        var text = String(name, required);
        if (text is null)
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "dd/MM/yyyy", "yyyy/MM/dd", "dd-MM-yyyy"];
        if (DateOnly.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (!BusinessDates.Contains(date))
            {
                Fail(name, OutOfDateRange);
                return null;
            }

            return date;
        }

        Fail(name, "invalid date");
        return null;
    }

    /// <summary>A duration in minutes from <c>HH:MM</c> (hours may pass 24) or a number of hours (20, 20.5).</summary>
    public int? Minutes(string name)
    {
        var text = String(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Trim().Split(':');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            && minutes < 60 && hours < 100_000)
        {
            return (hours * 60) + minutes;
        }

        if (parts.Length == 1 && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var decimalHours) && decimalHours < 100_000)
        {
            return (int)Math.Round(decimalHours * 60, MidpointRounding.AwayFromZero);
        }

        Fail(name, "must be a duration as HH:MM or a number of hours");
        return null;
    }

    public IReadOnlyList<int>? IntArray(string name)
    {
        if (!fields.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Fail(name, "must be an array of integers");
            return null;
        }

        var numbers = new List<int>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Number && item.TryGetInt32(out var n))
            {
                numbers.Add(n);
            }
            else if (item.ValueKind == JsonValueKind.String && TryGetText(item, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out n))
            {
                numbers.Add(n);
            }
            else
            {
                Fail(name, "must be an array of integers");
                return null;
            }
        }

        return numbers;
    }

    /// <summary>An array of objects (e.g. lines or items), each read with its own reader.</summary>
    public IReadOnlyList<BodyReader>? Objects(string name)
    {
        if (!fields.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(i => i.ValueKind != JsonValueKind.Object))
        {
            Fail(name, "must be an array of objects");
            return null;
        }

        return [.. value.EnumerateArray().Select(Of)];
    }

    /// <summary>A nested object, or null when absent.</summary>
    public BodyReader? Object(string name)
    {
        if (!fields.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Fail(name, "must be an object");
            return null;
        }

        return Of(value);
    }

    public IReadOnlyList<string>? StringArray(string name)
    {
        if (!fields.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(i => i.ValueKind != JsonValueKind.String))
        {
            Fail(name, "must be an array of strings");
            return null;
        }

        var texts = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (!TryGetText(item, out var text) || !TextInput.IsStorable(text))
            {
                Fail(name, InvalidCharacters);
                return null;
            }

            texts.Add(text!);
        }

        return texts;
    }

    public void Fail(string name, string reason)
    {
        if (!errors.TryGetValue(name, out var list))
        {
            errors[name] = list = [];
        }

        if (!list.Contains(reason))
        {
            list.Add(reason);
        }
    }

    public bool HasErrors => errors.Count > 0;

    /// <summary>Adds a nested reader's problems under <paramref name="prefix"/> (e.g. <c>rider.value</c>).</summary>
    public void Absorb(string prefix, BodyReader nested)
    {
        foreach (var (field, reasons) in nested.errors)
        {
            foreach (var reason in reasons)
            {
                Fail(prefix + "." + field, reason);
            }
        }
    }

    public void ThrowIfErrors(int code = 42202)
    {
        if (errors.Count > 0)
        {
            throw new ApiErrorException(ApiError.Custom(422, code, errors.ToDictionary(e => e.Key, e => e.Value.ToArray())));
        }
    }

    private static BodyReader Of(JsonElement element)
    {
        try
        {
            return new(element.EnumerateObject().GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value.Clone(), StringComparer.Ordinal));
        }
        catch (InvalidOperationException)
        {
            // A field name with a lone-surrogate escape ("\ud800") cannot be decoded: there is no field to blame.
            throw new ApiErrorException(ApiError.BadRequest("The request's body has a field name with invalid characters"));
        }
    }

    /// <summary>
    /// The string value, or false when it cannot be decoded: <see cref="JsonElement.GetString"/> throws on an escaped
    /// lone surrogate such as <c>"\ud800"</c>, which is valid JSON but no valid text.
    /// </summary>
    private static bool TryGetText(JsonElement value, out string? text)
    {
        try
        {
            text = value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }
    }
}
