using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace OpsKnowledge.Application.Ingestion;

/// <summary>Reads only regular files, and never more bytes than the limit, whatever the file claimed when it was listed.</summary>
/// <remarks>Opening a named pipe blocks until a writer appears and then streams without end; a device or socket is no document either.
/// On Linux the file is opened non-blocking and its type checked on the open handle, so a file swapped for a pipe after listing
/// cannot hang the batch; the read stops one byte past the limit, so a file swapped for a bigger one cannot pass it.</remarks>
public static class RegularFile
{
    private const int AtFdCwd = -100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1;
    private const int OpenReadOnlyNonBlockingCloseOnExec = 0x800 | 0x80000;

    /// <summary>Null when <paramref name="path"/> is a regular file (links followed); otherwise what it is ("a named pipe (FIFO)").</summary>
    public static string? NotRegular(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var buffer = new byte[256];
        return statx(AtFdCwd, path, 0, StatxType, buffer) != 0 ? null : Describe(Mode(buffer));
    }

    /// <summary>The file's bytes, or the reason it was not read: not a regular file, or over <paramref name="maxBytes"/> as actually read.</summary>
    public static async Task<(byte[]? Bytes, string? Reason)> ReadAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        using var handle = Open(path);
        if (OperatingSystem.IsLinux())
        {
            var buffer = new byte[256];
            if (statx((int)handle.DangerousGetHandle(), "", AtEmptyPath, StatxType, buffer) == 0 && Describe(Mode(buffer)) is { } what)
            {
                return (null, $"{what}, not a regular file: skipped");
            }
        }

        var length = RandomAccess.GetLength(handle);
        if (length > maxBytes) return (null, OverLimit(length, maxBytes));
        // The length is a hint: read until the end, one byte past the limit at most.
        var bytes = new byte[(int)Math.Min(Math.Max(length, 0) + 1, maxBytes + 1)];
        long total = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (total == bytes.Length)
            {
                if (total > maxBytes) return (null, OverLimit(total, maxBytes, grew: true));
                Array.Resize(ref bytes, (int)Math.Min(bytes.LongLength * 2, maxBytes + 1));
            }
            var read = await RandomAccess.ReadAsync(handle, bytes.AsMemory((int)total), total, cancellationToken).ConfigureAwait(false);
            if (read == 0) break;
            total += read;
        }
        if (total > maxBytes) return (null, OverLimit(total, maxBytes, grew: true));
        if (total != bytes.Length) Array.Resize(ref bytes, (int)total);
        return (bytes, null);
    }

    public static string OverLimit(long bytes, long maxBytes, bool grew = false) =>
        $"file is {(grew ? "over " : "")}{bytes / (1024.0 * 1024):F0} MB{(grew ? " as read" : "")}, over the {maxBytes / (1024 * 1024)} MB limit (raise it with --max-file-mb)";

    private static SafeFileHandle Open(string path)
    {
        if (!OperatingSystem.IsLinux()) return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var fd = open(path, OpenReadOnlyNonBlockingCloseOnExec);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw errno switch
            {
                2 => new FileNotFoundException($"no such file: {path}"),
                13 => new UnauthorizedAccessException($"permission denied: {path}"),
                _ => new IOException($"cannot open {path}: {Marshal.GetPInvokeErrorMessage(errno)}"),
            };
        }
        return new SafeFileHandle((IntPtr)fd, ownsHandle: true);
    }

    // struct statx: stx_mode is the 16-bit field at offset 28 on every Linux architecture.
    private static int Mode(byte[] statxBuffer) => BinaryPrimitives.ReadUInt16LittleEndian(statxBuffer.AsSpan(28)) & 0xF000;

    private static string? Describe(int type) => type switch
    {
        0x8000 => null,
        0x1000 => "a named pipe (FIFO)",
        0x2000 => "a character device",
        0x6000 => "a block device",
        0xC000 => "a socket",
        0x4000 => "a folder",
        _ => "a special file",
    };

    [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi)]
    private static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    [DllImport("libc", SetLastError = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
