using System.Text;
using OpsKnowledge.Core.Serialization;
using OpsKnowledge.Repair.Decoding;

namespace OpsKnowledge.Repair.Tests;

public sealed class DecodingTests
{
    private const string Plan = "年度运营目标：客户满意度提升至95%，投诉处理时长缩短到24小时以内。";

    [Theory]
    [InlineData(null)]
    [InlineData("gb2312")]
    [InlineData("utf-8")]
    public void Gb18030Bytes_DecodeAsGb18030_WhateverTheLabelSays(string? declared)
    {
        var decoded = TextRepairer.Default.Decode(CodePages.Gb18030.GetBytes(Plan), declared);
        Assert.Equal(Plan, decoded.Text);
        Assert.Equal("gb18030", decoded.Encoding);
    }

    [Fact]
    public void ShortGb2312Text_IsStillChinese()
    {
        Assert.Equal("运营方案", TextRepairer.Default.Decode(CodePages.Gb18030.GetBytes("运营方案")).Text);
    }

    [Fact]
    public void Big5Bytes_DecodeAsBig5()
    {
        const string traditional = "物業管理處將於下季度完成電梯保養合約招標。";
        Assert.Equal(traditional, TextRepairer.Default.Decode(CodePages.Big5.GetBytes(traditional)).Text);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-8-bom")]
    public void UnicodeEncodings_AreRecognised(string which)
    {
        byte[] bytes = which switch
        {
            "utf-16le" => Encoding.Unicode.GetBytes(Plan),
            "utf-16be" => Encoding.BigEndianUnicode.GetBytes(Plan),
            _ => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Plan)],
        };
        Assert.Equal(Plan, TextRepairer.Default.Decode(bytes).Text);
    }

    // Without a BOM, UTF-16 of Latin text is all "ASCII" bytes with a NUL after (or before) each one.
    [Theory]
    [InlineData("utf-16le", "# Plan notes\nKPI: SLA >= 95%, ERP go-live 2026Q3.\n")]
    [InlineData("utf-16be", "# Plan notes\nKPI: SLA >= 95%, ERP go-live 2026Q3.\n")]
    [InlineData("utf-16le", "Budget 2026 (SLA): 1,200 wan yuan; 客户满意度 95%\n")]
    public void Utf16WithoutBom_OfMostlyLatinText_IsRecognised(string which, string text)
    {
        var bytes = which == "utf-16le" ? Encoding.Unicode.GetBytes(text) : Encoding.BigEndianUnicode.GetBytes(text);
        var decoded = TextRepairer.Default.Decode(bytes);
        Assert.Equal(text, decoded.Text);
        Assert.Equal(which, decoded.Encoding);
    }

    [Fact]
    public void NulBytesWithoutAPattern_DoNotMakeUtf16()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("运营方案 v2"), 0, 0, 0, .. Encoding.UTF8.GetBytes("客户满意度提升至95%，投诉处理时长缩短")];
        Assert.StartsWith("运营方案", TextRepairer.Default.Decode(bytes).Text);
    }

    [Fact]
    public void BadBytes_AreReportedNotThrown()
    {
        var bytes = CodePages.Gb18030.GetBytes(Plan).Concat(new byte[] { 0xFF }).Concat(CodePages.Gb18030.GetBytes(Plan)).ToArray();
        var decoded = TextRepairer.Default.Decode(bytes);
        Assert.Contains("客户满意度", decoded.Text);
        Assert.NotEmpty(decoded.BadSpans);
    }

    [Fact]
    public void RepairBytes_GivesTheJsonShapeOfOpskRepair()
    {
        var outcome = TextRepairer.Default.RepairBytes(CodePages.Gb18030.GetBytes("基礎(chǔ)運(yùn)營(yíng)服務(wù)方案"));
        var json = OpsJson.Serialize(outcome);
        Assert.Equal("基础运营服务方案", outcome.Text);
        foreach (var key in new[] { "\"text\"", "\"encoding\":\"gb18030\"", "\"repairs\"", "\"unrecovered\"", "\"boilerplateRemoved\"", "\"partial\"", "\"kind\":\"site-rendering\"" })
        {
            Assert.Contains(key, json);
        }
    }
}
