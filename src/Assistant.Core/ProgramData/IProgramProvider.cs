namespace Assistant.ProgramData;

/// <summary>Holds the program currently in force; replaced atomically by a successful reload.</summary>
public interface IProgramProvider
{
    ConferenceProgram Current { get; }

    /// <summary>
    /// The rehearsal shift (<see cref="ProgramOptions.StartsIn"/>) added to every time in <see cref="Current"/>;
    /// zero outside rehearsals. Fixed for the process's lifetime, different on every start.
    /// </summary>
    TimeSpan Shift => TimeSpan.Zero;

    /// <summary>Raised after <see cref="Current"/> has been replaced by a new, validated program.</summary>
    event EventHandler<ProgramChangedEventArgs>? Changed;
}

public sealed class ProgramChangedEventArgs(ConferenceProgram previous, ConferenceProgram current) : EventArgs
{
    public ConferenceProgram Previous { get; } = previous;
    public ConferenceProgram Current { get; } = current;
}
