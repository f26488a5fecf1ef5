namespace OpsKnowledge.Repair.Tests;

public sealed class BoilerplateTests
{
    public static TheoryData<string> Cases => FixtureCases.In("Boilerplate");

    [Theory, MemberData(nameof(Cases))]
    public void SiteFurniture_IsRemoved(string name) => FixtureCases.AssertRepaired("Boilerplate", name);

    [Fact]
    public void PreviewNotice_MarksDocumentPartial()
    {
        var report = TextRepairer.Default.Repair("方案正文第一段。\n已阅读4页，还剩11页未读\n方案正文第二段。").Report;
        Assert.True(report.Partial);
        Assert.Equal(4, report.PagesShown);
        Assert.Equal(15, report.PagesTotal);
    }

    [Fact]
    public void PlanLineMentioningDownloads_IsKept()
    {
        const string text = "二、推广计划\n通过小程序推送使用指南，预计全年下载量提升30%，同时优化客户端安装包体积和首次启动速度。\n";
        Assert.Equal(text, TextRepairer.Default.Repair(text).Text);
    }
}
