using System.Security.Cryptography;
using System.Text;
using Assistant.Conversation;
using Assistant.ProgramData;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Assistant.Bookmarks;

/// <summary>Exports an agenda as an iCalendar file: one event per talk, wall-clock times with the conference's VTIMEZONE.</summary>
public static class AgendaCalendar
{
    public const string FileName = "agenda.ics";
    public const string MediaType = "text/calendar";
    private const int DescriptionAbstractLength = 400;

    public static FileAttachment Export(Agenda agenda, DateTimeOffset stamp)
    {
        var program = agenda.Program;
        var tzId = IanaId(program.TimeZone);
        var calendar = new Calendar { ProductId = "-//Assistant//Conference agenda//EN" };
        calendar.AddTimeZone(tzId);
        var conference = ConferenceKey(program.Name);

        foreach (var talk in agenda.Items.Select(i => i.Talk))
        {
            calendar.Events.Add(new CalendarEvent
            {
                // Stable per talk and conference, so re-importing updates events instead of duplicating them.
                Uid = $"{talk.Id}-{conference}@assistant",
                Summary = $"{talk.Code} {TalkFormat.Title(talk)}",
                Location = talk.Room,
                Description = Description(talk),
                DtStart = Local(program, talk.Start, tzId),
                DtEnd = Local(program, talk.End, tzId),
                DtStamp = new CalDateTime(stamp.UtcDateTime, CalDateTime.UtcTzId),
            });
        }
        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return new FileAttachment(FileName, MediaType, new UTF8Encoding(false).GetBytes(text));
    }

    private static CalDateTime Local(ConferenceProgram program, DateTimeOffset instant, string tzId) =>
        new(DateTime.SpecifyKind(program.ToLocal(instant).DateTime, DateTimeKind.Unspecified), tzId);

    private static string Description(Talk talk)
    {
        var parts = new List<string>();
        // The card's wording: parsed names, or the printed line flagged as OCR-garbled.
        parts.Add(TalkFormatter.Speakers(talk));
        if (!talk.AbstractIsNoise && !string.IsNullOrWhiteSpace(talk.Abstract))
        {
            var text = talk.Abstract.Trim();
            parts.Add(text.Length <= DescriptionAbstractLength ? text : text[..DescriptionAbstractLength].TrimEnd() + "…");
        }
        return string.Join("\n\n", parts);
    }

    /// <summary>iCalendar wants IANA ids; on Windows TimeZoneInfo.Id is a Windows id.</summary>
    private static string IanaId(TimeZoneInfo zone) =>
        zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : zone.Id;

    private static string ConferenceKey(string name) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..10];
}
