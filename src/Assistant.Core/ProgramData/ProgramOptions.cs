using System.ComponentModel.DataAnnotations;

namespace Assistant.ProgramData;

/// <summary>Where the conference program comes from (section "Program").</summary>
public sealed class ProgramOptions
{
    public const string SectionName = "Program";

    /// <summary>The OCR'd abstract book; relative paths resolve against the current directory, then the app's directory.</summary>
    [Required]
    public string BookPath { get; set; } = "data/abstract-book.txt";

    /// <summary>The timetable joined with the book (format in data/README.md).</summary>
    [Required]
    public string SchedulePath { get; set; } = "data/schedule.json";

    /// <summary>A whole program as JSON; when set it replaces <see cref="BookPath"/> + <see cref="SchedulePath"/>.</summary>
    public string? ProgramJsonPath { get; set; }

    /// <summary>
    /// For rehearsals: shift the timetable so the first talk starts this long after start-up ("3m", "90s", "1h",
    /// "00:03:00"). A string so the command-line form binds; read it through <see cref="StartsInDuration"/>.
    /// </summary>
    [Duration]
    public string? StartsIn { get; set; }

    /// <summary>Reload when a program file changes.</summary>
    public bool WatchFiles { get; set; } = true;

    /// <summary>The parsed <see cref="StartsIn"/>; null when unset (an invalid value fails validation at start-up).</summary>
    public TimeSpan? StartsInDuration => DurationParser.TryParse(StartsIn, out var duration) ? duration : null;

    private sealed class DurationAttribute : ValidationAttribute
    {
        protected override ValidationResult? IsValid(object? value, ValidationContext context) =>
            value is null or "" || (value is string text && DurationParser.TryParse(text, out _))
                ? ValidationResult.Success
                : new ValidationResult(
                    $"{SectionName}:{context.MemberName} '{value}' is not a duration; use e.g. \"3m\", \"90s\", \"1h\" or \"00:03:00\"",
                    [context.MemberName ?? nameof(StartsIn)]);
    }
}
