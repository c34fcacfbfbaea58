using System.Text.Json;

namespace Assistant.ProgramData.Json;

/// <summary>Writes a program in the whole-program JSON form; <see cref="ProgramJsonReader"/> reads it back unchanged.</summary>
public static class ProgramJsonWriter
{
    public static string Write(ConferenceProgram program) =>
        JsonSerializer.Serialize(ToDocument(program), JsonSource.Options) + "\n";

    public static ProgramDocument ToDocument(ConferenceProgram program)
    {
        DateTimeOffset Local(DateTimeOffset instant) => program.ToLocal(instant);
        return new ProgramDocument
        {
            Name = program.Name,
            TimeZone = program.TimeZone.Id,
            Days = program.Days.Select(d => new ProgramDayDocument { Day = d.Number, Date = d.Date }).ToList(),
            Sessions = program.Sessions.Select(s => new ProgramSessionDocument { Code = s.Code, Title = s.Title, Room = s.Room }).ToList(),
            Talks = program.Talks.Select(t => new ProgramTalkDocument
            {
                Id = t.Id,
                Code = t.Code,
                Title = t.Title,
                Abstract = t.Abstract,
                SpeakerLine = t.SpeakerLine,
                Speakers = t.Speakers.Select(s => new ProgramSpeakerDocument { Name = s.Name, Affiliation = s.Affiliation }).ToList(),
                Session = t.SessionCode,
                Day = t.Day,
                Room = t.Room,
                Start = Local(t.Start),
                End = Local(t.End),
                Plenary = t.IsPlenary ? true : null,
                TitleIsNoise = t.TitleIsNoise ? true : null,
                // The reader derives the flag from an empty abstract; write it only where it says something else.
                AbstractIsNoise = t.AbstractIsNoise == string.IsNullOrWhiteSpace(t.Abstract) ? null : t.AbstractIsNoise,
            }).ToList(),
        };
    }
}
