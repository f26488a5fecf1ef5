using OpsKnowledge.Core.Model;
using OpsKnowledge.Core.Records;
using Record = OpsKnowledge.Core.Records.Record;

namespace OpsKnowledge.Search.Tests.Indexing;

/// <summary>Two small plans of our own writing: one simplified, one traditional with full-width characters.</summary>
internal static class SampleCorpus
{
    public const string SimplifiedId = "2026年度门店运营方案.md";
    public const string TraditionalId = "運營實施方案.txt";

    public static (Document Document, IReadOnlyList<Record> Records) Simplified(string hash = "hash-a")
    {
        var builder = new TestDocumentBuilder(SimplifiedId)
            .Title("2026年度门店运营方案")
            .Paragraph("本方案由运营管理部编制，供董事会审议。")
            .Heading(1, "1", "项目背景")
            .Paragraph("本方案面向区域连锁门店，旨在提升基础运营服务的质量与效率。")
            .Heading(1, "2", "运营目标")
            .Heading(2, "2.1", "总体目标")
            .Paragraph("第一年门店坪效提升15%，会员复购率稳步提高。")
            .Heading(2, "2.2", "关键运营指标")
            .Paragraph("各项指标按季度复盘。")
            .Table(["指标", "目标值", "周期"], ["客户满意度", "≥95%", "2026年"], ["订单履约率", "≥98%", "2026年"])
            .Heading(1, "3", "风险管理")
            .Paragraph("主要风险包括供应链中断与核心人员流失，需建立应急预案。");
        builder
            .Record(RecordKind.Kpi, "客户满意度", "客户满意度\t≥95%\t2026年", value: "≥95%", period: "2026年", canonicalName: "客户满意度")
            .Record(RecordKind.Kpi, "订单履约率", "订单履约率\t≥98%\t2026年", value: "≥98%", period: "2026年")
            .Record(RecordKind.Target, "门店坪效", "第一年门店坪效提升15%", value: "15%", period: "第1年")
            .Record(RecordKind.Risk, "供应链中断", "主要风险包括供应链中断与核心人员流失");
        return (builder.Build(hash), builder.Records);
    }

    public static (Document Document, IReadOnlyList<Record> Records) Traditional(string hash = "hash-b")
    {
        var builder = new TestDocumentBuilder(TraditionalId, "txt")
            .Title("運營實施方案")
            .Heading(1, "一", "實施背景")
            .Paragraph("本方案針對資訊系統建設與運營效率改善，分三個階段推進。")
            .Heading(1, "二", "服務品質")
            .Paragraph("提高客戶滿意度，完善投訴處理機制，每季度開展滿意度調查。")
            .Paragraph("行業平均客戶滿意度約為85%。")
            .Page(2)
            .Heading(1, "三", "ＫＰＩ考核")
            .Paragraph("考核週期為每季度，結果與績效掛鉤。");
        builder
            .Record(RecordKind.Kpi, "客戶滿意度", "行業平均客戶滿意度約為85%", value: "85%", canonicalName: "客户满意度", scope: RecordScope.Reference);
        return (builder.Build(hash), builder.Records);
    }
}
