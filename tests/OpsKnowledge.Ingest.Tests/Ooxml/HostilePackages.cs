using System.IO.Compression;
using System.Text;

namespace OpsKnowledge.Ingest.Tests.Ooxml;

/// <summary>Small hostile DOCX, XLSX and PPTX packages written at test time: parts nested absurdly deep, parts that inflate past the limit.</summary>
/// <remarks>Also compiled into the CLI's bad-input suite, so both suites use the same files.</remarks>
public static class HostilePackages
{
    private const string Types = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

    /// <summary>A DOCX whose body nests <paramref name="open"/> … <paramref name="close"/> <paramref name="depth"/> times (it compresses to a few KB).</summary>
    public static byte[] NestedDocx(int depth, string open, string close) =>
        Package("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            """<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""",
            Nest(depth, open, "<w:p><w:r><w:t>深层</w:t></w:r></w:p>", close) + "</w:body></w:document>");

    /// <summary>An XLSX whose one worksheet nests extension lists <paramref name="depth"/> deep.</summary>
    public static byte[] NestedXlsx(int depth)
    {
        const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        return Package("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            $"""<workbook xmlns="{main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="指标" sheetId="1" r:id="rId1"/></sheets></workbook>""", "",
            ("xl/_rels/workbook.xml.rels", null, $"""<Relationships xmlns="{Relationships}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"""),
            ("xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
                $"""<worksheet xmlns="{main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>客户满意度</t></is></c></row></sheetData>""" + Nest(depth, "<extLst><ext uri=\"{0}\">", "", "</ext></extLst>") + "</worksheet>"));
    }

    /// <summary>A PPTX whose one slide nests group shapes <paramref name="depth"/> deep.</summary>
    public static byte[] NestedPptx(int depth)
    {
        const string p = "http://schemas.openxmlformats.org/presentationml/2006/main";
        const string a = "http://schemas.openxmlformats.org/drawingml/2006/main";
        return Package("ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
            $"""<p:presentation xmlns:p="{p}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><p:sldIdLst><p:sldId id="256" r:id="rId1"/></p:sldIdLst></p:presentation>""", "",
            ("ppt/_rels/presentation.xml.rels", null, $"""<Relationships xmlns="{Relationships}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/slide1.xml"/></Relationships>"""),
            ("ppt/slides/slide1.xml", "application/vnd.openxmlformats-officedocument.presentationml.slide+xml",
                $"""<p:sld xmlns:p="{p}" xmlns:a="{a}"><p:cSld><p:spTree>""" + Nest(depth, "<p:grpSp>", "<p:sp><p:txBody><a:p><a:r><a:t>深层</a:t></a:r></a:p></p:txBody></p:sp>", "</p:grpSp>") + "</p:spTree></p:cSld></p:sld>"));
    }

    /// <summary>A DOCX whose document part inflates to <paramref name="megabytes"/> MB of spaces (a few hundred KB compressed).</summary>
    public static byte[] InflatingDocx(int megabytes)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", $"""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{Types}"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            using var stream = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)' ');
            for (var i = 0; i < megabytes; i++) stream.Write(block);
        }
        return buffer.ToArray();
    }

    private static string Nest(int depth, string open, string middle, string close)
    {
        var text = new StringBuilder(depth * (open.Length + close.Length) + middle.Length);
        for (var i = 0; i < depth; i++) text.Append(open);
        text.Append(middle);
        for (var i = 0; i < depth; i++) text.Append(close);
        return text.ToString();
    }

    private static byte[] Package(string mainPart, string mainType, string mainStart, string mainRest, params (string Name, string? ContentType, string Xml)[] parts)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var overrides = new StringBuilder($"""<Override PartName="/{mainPart}" ContentType="{mainType}"/>""");
            foreach (var part in parts)
                if (part.ContentType is { } type) overrides.Append($"""<Override PartName="/{part.Name}" ContentType="{type}"/>""");
            Write(zip, "[Content_Types].xml", $"""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{Types}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>""");
            Write(zip, "_rels/.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{Relationships}"><Relationship Id="rId1" Type="{OfficeDocument}" Target="{mainPart}"/></Relationships>""");
            Write(zip, mainPart, """<?xml version="1.0" encoding="UTF-8"?>""" + mainStart + mainRest);
            foreach (var part in parts) Write(zip, part.Name, """<?xml version="1.0" encoding="UTF-8"?>""" + part.Xml);
        }
        return buffer.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open());
        writer.Write(xml);
    }
}
