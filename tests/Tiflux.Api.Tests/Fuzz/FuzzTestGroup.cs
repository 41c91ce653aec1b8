namespace Tiflux.Api.Tests.Fuzz;

/// <summary>
/// The fuzz tests get a world of their own: a hostile body that happens to be valid (e.g. a title "-1") changes the
/// records it reaches, which must not leak into the assertions of the other API tests.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FuzzTestGroup : ICollectionFixture<ApiFixture>
{
    public const string Name = "fuzz";
}

/// <summary>Collects the answers a fuzz run refuses and reports all of them in one assertion message.</summary>
internal sealed class FuzzFailures
{
    private readonly List<string> failures = [];

    public int Requests { get; private set; }

    public void Count() => Requests++;

    public void Add(string method, string url, string payload, int status, string body) =>
        failures.Add($"{method} {Shorten(url)} [{Shorten(payload)}] → {status}: {Shorten(body)}");

    public void AssertNone(string what) =>
        Assert.True(failures.Count == 0, $"{failures.Count} of {Requests} {what} failed:\n" + string.Join("\n", failures.Distinct().Take(200)));

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + $"…({text.Length} chars)";
}
