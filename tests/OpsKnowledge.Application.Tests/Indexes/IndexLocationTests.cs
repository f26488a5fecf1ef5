using OpsKnowledge.Application.Indexes;

namespace OpsKnowledge.Application.Tests.Indexes;

public sealed class IndexLocationTests
{
    [Fact]
    public void ExplicitFolder_WinsOverEverything()
    {
        Assert.Equal(Path.GetFullPath("/tmp/x-index"), IndexLocation.Resolve("/tmp/x-index"));
    }

    [Fact]
    public void WithoutOption_FallsBackToEnvironmentThenDataHome()
    {
        // Environment variables are process-wide: this test only reads what the process has.
        var fromEnvironment = Environment.GetEnvironmentVariable(IndexLocation.EnvironmentVariable);
        var resolved = IndexLocation.Resolve(null);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            Assert.Equal(Path.GetFullPath(fromEnvironment), resolved);
        }
        else
        {
            Assert.EndsWith(Path.Combine("opsknowledge", "index"), resolved);
        }
    }
}
