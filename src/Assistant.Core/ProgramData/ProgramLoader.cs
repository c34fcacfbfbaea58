using Assistant.ProgramData.Book;
using Assistant.ProgramData.Json;
using Assistant.ProgramData.Timetable;

namespace Assistant.ProgramData;

/// <summary>Loads the configured program source from disk; all or nothing.</summary>
public static class ProgramLoader
{
    /// <summary>Reads book + timetable, or the program JSON when configured. Throws <see cref="ProgramLoadException"/>.</summary>
    public static ProgramLoadResult Load(ProgramOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ProgramJsonPath))
        {
            var json = ProgramPaths.ReadAllText(options.ProgramJsonPath);
            return new ProgramLoadResult(ProgramJsonReader.Read(json, options.ProgramJsonPath), [], options.ProgramJsonPath);
        }

        var book = AbstractBookParser.Parse(ProgramPaths.ReadAllText(options.BookPath), options.BookPath);
        var schedule = ProgramPaths.ReadAllText(options.SchedulePath);
        var program = TimetableAssembler.Assemble(book, schedule, options.SchedulePath);
        return new ProgramLoadResult(program, book.Warnings, $"{options.BookPath} + {options.SchedulePath}");
    }

    /// <summary>The files a watcher should observe for <paramref name="options"/>.</summary>
    public static IReadOnlyList<string> SourceFiles(ProgramOptions options) =>
        !string.IsNullOrWhiteSpace(options.ProgramJsonPath)
            ? [ProgramPaths.Resolve(options.ProgramJsonPath)]
            : [ProgramPaths.Resolve(options.BookPath), ProgramPaths.Resolve(options.SchedulePath)];
}

/// <summary>A loaded program with the importer's warnings (e.g. repaired OCR codes) and a description of its source.</summary>
public sealed record ProgramLoadResult(ConferenceProgram Program, IReadOnlyList<ProgramIssue> Warnings, string Source);
