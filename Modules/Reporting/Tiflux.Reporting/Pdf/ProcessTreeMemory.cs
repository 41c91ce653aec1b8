using System.Globalization;

namespace Tiflux.Reporting.Pdf;

/// <summary>
/// Memory of a process and all its descendants, read from /proc (Linux; null elsewhere): the proportional set size
/// (shared pages divided among the processes that map them), so Chromium's many processes mapping the same binary
/// are not counted several times over; the resident size where smaps_rollup cannot be read.
/// </summary>
internal static class ProcessTreeMemory
{
    public static long? ProportionalBytes(int root)
    {
        if (!Directory.Exists("/proc/self"))
        {
            return null;
        }

        long total = 0;
        foreach (var (pid, residentBytes) in Tree(root))
        {
            total += Pss(pid) ?? residentBytes;
        }

        return total;
    }

    /// <summary>The process ids of the tree with their resident sizes.</summary>
    private static List<(int Pid, long ResidentBytes)> Tree(int root)
    {
        var parents = new Dictionary<int, int>();
        var resident = new Dictionary<int, long>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
                resident[pid] = long.Parse(fields[21], CultureInfo.InvariantCulture) * Environment.SystemPageSize;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
            {
                // the process ended while it was read
            }
        }

        var tree = new List<(int, long)>();
        foreach (var (pid, bytes) in resident)
        {
            for (var p = pid; p > 1; p = parents.GetValueOrDefault(p, 0))
            {
                if (p == root)
                {
                    tree.Add((pid, bytes));
                    break;
                }
            }
        }

        return tree;
    }

    private static long? Pss(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/smaps_rollup"))
            {
                if (line.StartsWith("Pss:", StringComparison.Ordinal))
                {
                    var kilobytes = line["Pss:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            // gone, or not readable: the resident size stands in
        }

        return null;
    }
}
