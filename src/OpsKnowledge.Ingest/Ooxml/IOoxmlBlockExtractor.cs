namespace OpsKnowledge.Ingest.Ooxml;

/// <summary>The part of an Office Open XML parser that knows its format: how to open the package and turn it into blocks.</summary>
public interface IOoxmlBlockExtractor<TPackage, out TContent>
    where TPackage : IDisposable
    where TContent : IOoxmlContent
{
    OoxmlFormat Format { get; }

    /// <summary>Opens the package read-only.</summary>
    TPackage Open(Stream stream);

    TContent Extract(TPackage package, CancellationToken cancellationToken);

    /// <summary>Why a package gave no blocks ("no slides in the deck", or the missing main part).</summary>
    string WhyEmpty(TPackage package);
}
