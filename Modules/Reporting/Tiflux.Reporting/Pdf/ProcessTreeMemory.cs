using System.Globalization;

namespace Tiflux.Reporting.Pdf;

/// <summary>Resident memory of a process and all its descendants, read from /proc (Linux); null elsewhere.</summary>
internal static class ProcessTreeMemory
{
    public static long? ResidentBytes(int root)
    {
        if (!Directory.Exists("/proc/self"))
        {
            return null;
        }

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

        long total = 0;
        foreach (var (pid, bytes) in resident)
        {
            for (var p = pid; p > 1; p = parents.GetValueOrDefault(p, 0))
            {
                if (p == root)
                {
                    total += bytes;
                    break;
                }
            }
        }

        return total;
    }
}
