namespace Tiflux.SharedKernel;

/// <summary>Where work happened (Externo / Remoto / Interno); it selects hourly rates and whether travel applies.</summary>
public enum AttendanceMode
{
    External = 1,
    Remote = 2,
    Internal = 3,
}

/// <summary>pt-BR labels of <see cref="AttendanceMode"/>, shown in pages, reports and explanations.</summary>
public static class AttendanceModeNames
{
    public static string Portuguese(this AttendanceMode mode) => mode switch
    {
        AttendanceMode.External => "Externo",
        AttendanceMode.Remote => "Remoto",
        _ => "Interno",
    };
}
