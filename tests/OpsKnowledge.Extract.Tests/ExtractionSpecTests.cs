using Xunit;

namespace OpsKnowledge.Extract.Tests;

/// <summary>Runs every extraction case under Specs/ (one folder per behaviour: operators, lists, scope, near misses …).</summary>
public sealed class ExtractionSpecTests
{
    [Theory]
    [MemberData(nameof(ExtractionSpecCases.All), MemberType = typeof(ExtractionSpecCases))]
    public void Spec_GivesTheExpectedRecords(string spec) => ExtractionSpecCases.AssertExtracted(spec);
}
