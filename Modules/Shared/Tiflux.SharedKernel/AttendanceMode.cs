namespace Tiflux.SharedKernel;

/// <summary>Where work happened (Externo / Remoto / Interno); it selects hourly rates and whether travel applies.</summary>
public enum AttendanceMode
{
    External = 1,
    Remote = 2,
    Internal = 3,
}
