using System.Globalization;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Conventions;

/// <summary>
/// Strict query-string reading (api-v2.md §1.3–1.5): booleans only <c>true</c>/<c>false</c>, comma-separated id
/// lists of at most 15 unique integers, page-number paging. Problems are collected per field and reported together
/// with the route's 422 code.
/// </summary>
internal sealed class QueryReader(IQueryCollection query, int errorCode = 42201)
{
    private readonly Dictionary<string, List<string>> errors = [];

    public string? String(string name, int maxLength = 255)
    {
        var value = Raw(name);
        if (value is not null && value.Length > maxLength)
        {
            Fail(name, $"is too long (maximum is {maxLength} characters)");
            return null;
        }

        if (!TextInput.IsStorable(value))
        {
            Fail(name, BodyReader.InvalidCharacters);
            return null;
        }

        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public int? Int(string name, int? min = null, int? max = null)
    {
        var value = Raw(name);
        if (value is null)
        {
            return null;
        }

        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            Fail(name, "is not a number");
            return null;
        }

        if (min is { } low && number < low)
        {
            Fail(name, low == 1 ? "must be greater than 0" : $"must be greater than or equal to {low}");
            return null;
        }

        if (max is { } high && number > high)
        {
            Fail(name, $"must be less than or equal to {high}");
            return null;
        }

        return number;
    }

    public bool? Bool(string name)
    {
        var value = Raw(name);
        switch (value)
        {
            case null:
                return null;
            case "true":
                return true;
            case "false":
                return false;
            default:
                Fail(name, $"{value} is not a valid option. {Humanize(name)} must be 'true' or 'false'");
                return null;
        }
    }

    public IReadOnlyList<int>? IntList(string name, int maxItems = 15)
    {
        var value = Raw(name);
        if (value is null)
        {
            return null;
        }

        var parts = value.Split(',');
        var numbers = new List<int>(parts.Length);
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                Fail(name, "must be a comma-separated list of integers");
                return null;
            }

            numbers.Add(number);
        }

        if (numbers.Count > maxItems)
        {
            Fail(name, $"cannot have more than {maxItems} items");
            return null;
        }

        if (numbers.Distinct().Count() != numbers.Count)
        {
            Fail(name, "cannot contain duplicate values");
            return null;
        }

        return numbers;
    }

    public IReadOnlyList<string>? EnumList(string name, IReadOnlyCollection<string> allowed)
    {
        var value = Raw(name);
        if (value is null)
        {
            return null;
        }

        var parts = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var invalid = parts.Where(p => !allowed.Contains(p)).ToList();
        if (invalid.Count > 0 || parts.Length == 0)
        {
            Fail(name, "contains invalid values: " + (invalid.Count > 0 ? string.Join(", ", invalid) : value));
            return null;
        }

        return parts;
    }

    public string? Enum(string name, IReadOnlyCollection<string> allowed, string message)
    {
        var value = Raw(name);
        if (value is null)
        {
            return null;
        }

        if (!allowed.Contains(value))
        {
            Fail(name, $"{value} is not a valid option. {message}");
            return null;
        }

        return value;
    }

    public DateOnly? Date(string name)
    {
        var value = Raw(name);
        if (value is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Fail(name, "invalid date");
            return null;
        }

        if (!BusinessDates.Contains(date))
        {
            Fail(name, BodyReader.OutOfDateRange);
            return null;
        }

        return date;
    }

    public DateTimeOffset? DateTime(string name)
    {
        var value = Raw(name);
        if (value is null)
        {
            return null;
        }

        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            Fail(name, "invalid datetime");
            return null;
        }

        if (!BusinessDates.Contains(at))
        {
            Fail(name, BodyReader.OutOfDateRange);
            return null;
        }

        return at;
    }

    /// <summary>Page number (<c>offset</c>, 1-based) and page size (<c>limit</c>, 1..200).</summary>
    public Paging Paging(int defaultLimit = 20) =>
        new(Int("offset", min: 1) ?? 1, Int("limit", min: 1, max: 200) ?? defaultLimit);

    public void Fail(string name, string reason)
    {
        if (!errors.TryGetValue(name, out var list))
        {
            errors[name] = list = [];
        }

        list.Add(reason);
    }

    public bool HasErrors => errors.Count > 0;

    /// <summary>Throws the collected problems as one 422 answer.</summary>
    public void ThrowIfErrors()
    {
        if (errors.Count > 0)
        {
            throw new ApiErrorException(ApiError.Custom(422, errorCode, errors.ToDictionary(e => e.Key, e => e.Value.ToArray())));
        }
    }

    private string? Raw(string name) => query.TryGetValue(name, out var values) && values.Count > 0 ? values[^1] : null;

    public static string Humanize(string name)
    {
        var words = name.TrimStart('_').Replace('_', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }
}

/// <summary>A page request: <see cref="Page"/> is 1-based, <see cref="Limit"/> the page size.</summary>
internal readonly record struct Paging(int Page, int Limit)
{
    public int Skip => PagedList.Skip(Page, Limit);

    public IEnumerable<T> Apply<T>(IEnumerable<T> items) => items.Skip(Skip).Take(Limit);
}
