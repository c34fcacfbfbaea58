using Assistant.ProgramData;
using Assistant.ProgramData.Book;
using Assistant.ProgramData.Timetable;

namespace Assistant.Tests.ProgramData;

/// <summary>The shipped book and timetable, parsed once for the tests that only read them.</summary>
internal static class RealProgram
{
    public const string BookFile = "data/abstract-book.txt";
    public const string ScheduleFile = "data/schedule.json";

    private static readonly Lazy<AbstractBook> LazyBook = new(() =>
        AbstractBookParser.Parse(File.ReadAllText(TestPaths.Data("abstract-book.txt")), BookFile));

    private static readonly Lazy<ConferenceProgram> LazyProgram = new(() =>
        TimetableAssembler.Assemble(Book, ScheduleJson, ScheduleFile));

    public static AbstractBook Book => LazyBook.Value;

    public static string ScheduleJson => File.ReadAllText(TestPaths.Data("schedule.json"));

    public static ConferenceProgram Program => LazyProgram.Value;

    public static BookTalk Talk(string code) => Book.Talks.Single(t => t.Code == code);
}
