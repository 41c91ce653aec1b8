using Tiflux.TestKit;

namespace Tiflux.Reporting.Tests;

[CollectionDefinition(Name)]
public sealed class ScenarioGroup : ICollectionFixture<BillingScenario>
{
    public const string Name = "billing scenario";
}
