using OpsKnowledge.Ingest.Xlsx;
using Xunit;

namespace OpsKnowledge.Ingest.Tests.Xlsx;

public sealed class XlsxNumberFormatTests
{
    [Theory]
    [InlineData(0.87, 9u, null, "87%")]
    [InlineData(0.9125, 10u, null, "91.25%")]
    [InlineData(12600.0, 3u, null, "12,600")]
    [InlineData(0.1, 0u, null, "0.1")]
    [InlineData(0.30000000000000004, 0u, null, "0.3")]
    [InlineData(12600.0, 169u, "#,##0\"万元\"", "12,600万元")]
    [InlineData(2.6, 166u, "0.0\"小时\"", "2.6小时")]
    [InlineData(86.0, 167u, "0\\分", "86分")]
    [InlineData(0.965, 168u, "0.0%", "96.5%")]
    [InlineData(-3.5, 170u, "0.0\"万元\";[Red]\\-0.0\"万元\"", "-3.5万元")]
    [InlineData(-3.5, 171u, "0.0\"万元\"", "-3.5万元")]
    [InlineData(45839.0, 14u, null, "2025-07-01")]
    [InlineData(45839.0, 172u, "yyyy\"年\"m\"月\"d\"日\"", "2025年7月1日")]
    [InlineData(1200.0, 173u, "[$¥-804]#,##0", "¥1,200")]
    [InlineData(1234567.0, 174u, "0.0,,\"百万\"", "1.2百万")]
    public void Value_IsShownAsTheSpreadsheetShowsIt(double value, uint id, string? code, string expected) =>
        Assert.Equal(expected, XlsxNumberFormat.Format(value, id, code));
}
