using OpsKnowledge.Web.Hosting;
using Xunit;

namespace OpsKnowledge.Web.Tests.Hosting;

public sealed class BindAddressTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("https://127.0.0.2:443/", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://[::]:5080", false)]
    [InlineData("http://192.168.1.20:5080", false)]
    [InlineData("http://example.com:80", false)]
    public void LoopbackUrls_AreToldFromExposedOnes(string url, bool loopback)
    {
        Assert.Equal(loopback, BindAddress.IsLoopback(url));
    }

    [Fact]
    public void NonLoopback_ListsOnlyTheExposedUrls()
    {
        Assert.Equal(["http://0.0.0.0:8080"], BindAddress.NonLoopback("http://127.0.0.1:5080; http://0.0.0.0:8080"));
    }
}
