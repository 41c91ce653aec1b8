using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Tiflux.Api.Tests.Endpoints;

/// <summary>Assertions on the JSON type and format of a field, returning its value.</summary>
internal static partial class Shape
{
    public static JsonElement Field(JsonElement obj, string name)
    {
        Assert.Equal(JsonValueKind.Object, obj.ValueKind);
        Assert.True(obj.TryGetProperty(name, out var value), $"'{name}' missing in {obj}");
        return value;
    }

    /// <summary>Every name is a key of the object.</summary>
    public static void Has(JsonElement obj, params string[] names)
    {
        foreach (var name in names)
        {
            Field(obj, name);
        }
    }

    public static int Int(JsonElement obj, string name)
    {
        var value = Field(obj, name);
        Assert.True(value.ValueKind == JsonValueKind.Number, $"'{name}' is not a number: {value}");
        return value.GetInt32();
    }

    public static int? IntOrNull(JsonElement obj, string name)
    {
        var value = Field(obj, name);
        return value.ValueKind == JsonValueKind.Null ? null : Int(obj, name);
    }

    public static decimal Number(JsonElement obj, string name)
    {
        var value = Field(obj, name);
        Assert.True(value.ValueKind == JsonValueKind.Number, $"'{name}' is not a number: {value}");
        return value.GetDecimal();
    }

    public static string Str(JsonElement obj, string name)
    {
        var value = Field(obj, name);
        Assert.True(value.ValueKind == JsonValueKind.String, $"'{name}' is not a string: {value}");
        return value.GetString()!;
    }

    public static string? StrOrNull(JsonElement obj, string name)
    {
        var value = Field(obj, name);
        return value.ValueKind == JsonValueKind.Null ? null : Str(obj, name);
    }

    public static bool Bool(JsonElement obj, string name)
    {
        var value = Field(obj, name);
        Assert.True(value.ValueKind is JsonValueKind.True or JsonValueKind.False, $"'{name}' is not a boolean: {value}");
        return value.GetBoolean();
    }

    public static void Null(JsonElement obj, string name) => Assert.Equal(JsonValueKind.Null, Field(obj, name).ValueKind);

    public static JsonElement Obj(JsonElement obj, string name)
    {
        var value = Field(obj, name);
        Assert.True(value.ValueKind == JsonValueKind.Object, $"'{name}' is not an object: {value}");
        return value;
    }

    public static JsonElement? ObjOrNull(JsonElement obj, string name)
    {
        var value = Field(obj, name);
        return value.ValueKind == JsonValueKind.Null ? null : Obj(obj, name);
    }

    public static JsonElement Arr(JsonElement obj, string name)
    {
        var value = Field(obj, name);
        Assert.True(value.ValueKind == JsonValueKind.Array, $"'{name}' is not an array: {value}");
        return value;
    }

    public static int[] Ints(JsonElement obj, string name) => [.. Arr(obj, name).EnumerateArray().Select(i =>
    {
        Assert.Equal(JsonValueKind.Number, i.ValueKind);
        return i.GetInt32();
    })];

    /// <summary>Money in read models: a string with two decimals.</summary>
    public static decimal Money(JsonElement obj, string name)
    {
        var text = Str(obj, name);
        Assert.Matches(MoneyPattern(), text);
        return decimal.Parse(text, CultureInfo.InvariantCulture);
    }

    public static string Date(JsonElement obj, string name)
    {
        var text = Str(obj, name);
        Assert.Matches(DatePattern(), text);
        Assert.True(DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), text);
        return text;
    }

    public static string? DateOrNull(JsonElement obj, string name) => Field(obj, name).ValueKind == JsonValueKind.Null ? null : Date(obj, name);

    public static DateTimeOffset DateTime(JsonElement obj, string name)
    {
        var text = Str(obj, name);
        Assert.Matches(DateTimePattern(), text);
        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
    }

    public static DateTimeOffset? DateTimeOrNull(JsonElement obj, string name) => Field(obj, name).ValueKind == JsonValueKind.Null ? null : DateTime(obj, name);

    /// <summary>A clock time HH:MM (max 23:59).</summary>
    public static string Clock(JsonElement obj, string name)
    {
        var text = Str(obj, name);
        Assert.Matches(ClockPattern(), text);
        return text;
    }

    /// <summary>A duration HH:MM (hours may exceed 24).</summary>
    public static string Duration(JsonElement obj, string name)
    {
        var text = Str(obj, name);
        Assert.Matches(DurationPattern(), text);
        return text;
    }

    /// <summary>An <c>{id, name}</c> reference.</summary>
    public static (int Id, string Name) IdName(JsonElement obj, string name)
    {
        var inner = Obj(obj, name);
        return (Int(inner, "id"), Str(inner, "name"));
    }

    public static IReadOnlyList<JsonElement> Items(ApiResponse response)
    {
        Assert.Equal(JsonValueKind.Array, response.Json.ValueKind);
        return [.. response.Json.EnumerateArray()];
    }

    [GeneratedRegex(@"^\d+\.\d{2}$")]
    public static partial Regex MoneyPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTimePattern();

    [GeneratedRegex(@"^([01]\d|2[0-3]):[0-5]\d$")]
    private static partial Regex ClockPattern();

    [GeneratedRegex(@"^\d{2,}:[0-5]\d$")]
    private static partial Regex DurationPattern();
}
