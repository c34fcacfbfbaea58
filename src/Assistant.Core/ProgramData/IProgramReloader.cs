namespace Assistant.ProgramData;

/// <summary>Re-reads the program sources; a failed reload keeps the program in force and raises nothing.</summary>
public interface IProgramReloader
{
    Task<ProgramReloadResult> ReloadAsync(CancellationToken cancellationToken);
}

/// <summary>The outcome of a reload: the new program, or the error (file:line: problem) that kept the old one.</summary>
public sealed record ProgramReloadResult(bool Succeeded, ConferenceProgram? Program, string? Error)
{
    public static ProgramReloadResult Success(ConferenceProgram program) => new(true, program, null);
    public static ProgramReloadResult Failure(string error) => new(false, null, error);
}
