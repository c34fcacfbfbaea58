namespace Assistant.ProgramData.Book;

/// <summary>A talk as read from the abstract book, before it has a time and a room.</summary>
public sealed record BookTalk(
    string Code,
    string Title,
    string Abstract,
    string SpeakerLine,
    IReadOnlyList<Speaker> Speakers,
    int Line)
{
    public bool TitleIsNoise { get; init; }
    public bool AbstractIsNoise { get; init; }
    public bool IsPlenary { get; init; }

    /// <summary>The code as printed, when OCR damage was repaired (e.g. "Al-1" for A1-1); otherwise null.</summary>
    public string? PrintedCode { get; init; }

    /// <summary>The session the code names: "A4" for A4-2; a plenary is its own session ("P1").</summary>
    public string SessionCode => Code.Split('-')[0];
}

/// <summary>The talks of an abstract book, in book order, with the repairs and doubts worth logging.</summary>
public sealed record AbstractBook(string File, IReadOnlyList<BookTalk> Talks, IReadOnlyList<ProgramIssue> Warnings);
