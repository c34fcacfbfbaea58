using System.Text;
using System.Text.RegularExpressions;
using Assistant.ProgramData;

namespace Assistant.Bench.Search;

/// <summary>
/// Realistic-looking programs of any size: titles and abstracts are walks over a word-bigram chain built from
/// the English lines of the real abstract book, so the vocabulary, word frequencies and lengths resemble the
/// real thing. The seed makes every run produce the same program.
/// </summary>
internal sealed partial class SyntheticProgram
{
    private static readonly string[] Surnames = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao"];
    private static readonly string[] Syllables = ["wei", "fang", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "jie", "tao", "ming", "chao", "xia", "ping", "hua", "bo", "xin", "yu"];
    private static readonly string[] Affiliations =
    [
        "Peking University", "Tsinghua University", "Fudan University", "Zhejiang University", "Nanjing University",
        "Shanghai Jiao Tong University", "Michigan State University", "Georgia Institute of Technology",
        "Chinese Academy of Sciences", "Renmin University of China", "Wuhan University", "Sun Yat-sen University",
    ];

    private readonly Dictionary<string, string[]> _next;
    private readonly string[] _starts;

    private SyntheticProgram(Dictionary<string, string[]> next, string[] starts)
    {
        _next = next;
        _starts = starts;
    }

    [GeneratedRegex(@"[A-Za-z][A-Za-z\-']*[A-Za-z]|[A-Za-z]")]
    private static partial Regex Word();

    /// <summary>Learns the chain from the book's readable lines (those that are mostly lower-case English).</summary>
    public static SyntheticProgram FromBook(string bookText)
    {
        var next = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var starts = new List<string>();
        foreach (var line in bookText.Split('\n'))
        {
            var words = Word().Matches(line).Select(m => m.Value).ToList();
            var lower = line.Count(char.IsLower);
            if (words.Count < 6 || lower < line.Length / 2)
                continue;
            starts.Add(words[0]);
            for (var i = 0; i + 1 < words.Count; i++)
            {
                if (!next.TryGetValue(words[i], out var list))
                    next[words[i]] = list = [];
                list.Add(words[i + 1]);
            }
        }
        return new SyntheticProgram(next.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()), starts.ToArray());
    }

    public ConferenceProgram Generate(int talkCount, int seed = 42)
    {
        var random = new Random(seed);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var firstDay = new DateOnly(2027, 5, 20);
        var talks = new List<Talk>(talkCount);
        const int talksPerSession = 4;
        const int sessionsPerDay = 4 * 4; // four rooms, four blocks

        for (var i = 0; i < talkCount; i++)
        {
            var sessionIndex = i / talksPerSession;
            var session = $"{(char)('A' + sessionIndex % 26)}{sessionIndex / 26 + 1}";
            var code = $"{session}-{i % talksPerSession + 1}";
            var day = sessionIndex / sessionsPerDay + 1;
            var block = sessionIndex % sessionsPerDay / 4;
            var start = new DateTimeOffset(firstDay.AddDays(day - 1), new TimeOnly(1, 0), TimeSpan.Zero)
                .AddHours(2.5 * block).AddMinutes(30 * (i % talksPerSession));
            var speakers = Enumerable.Range(0, random.Next(1, 3)).Select(_ => NewSpeaker(random)).ToList();
            talks.Add(new Talk(
                Id: $"syn-{i}",
                Code: code,
                Title: Capitalise(Walk(random, random.Next(4, 13))),
                Abstract: Sentences(random, random.Next(3, 9)),
                SpeakerLine: string.Join("; ", speakers.Select(s => $"{s.Name}, {s.Affiliation}")),
                Speakers: speakers,
                SessionCode: session,
                Day: day,
                Room: $"Room {sessionIndex % 4 + 1}",
                Start: start,
                End: start.AddMinutes(30)));
        }

        var days = talks.Select(t => t.Day).Distinct().Select(d => new ConferenceDay(d, firstDay.AddDays(d - 1))).ToList();
        var sessions = talks.GroupBy(t => t.SessionCode)
            .Select(g => new Session(g.Key, $"Session {g.Key}", g.First().Day, g.First().Room, g.Min(t => t.Start), g.Max(t => t.End)))
            .ToList();
        return new ConferenceProgram($"Synthetic program ({talkCount} talks)", zone, days, sessions, talks);
    }

    private static Speaker NewSpeaker(Random random)
    {
        var given = Syllables[random.Next(Syllables.Length)] + (random.Next(2) == 0 ? Syllables[random.Next(Syllables.Length)] : "");
        var name = $"{Capitalise(given)} {Surnames[random.Next(Surnames.Length)]}";
        return new Speaker(name, Affiliations[random.Next(Affiliations.Length)]);
    }

    private string Sentences(Random random, int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
            text.Append(Capitalise(Walk(random, random.Next(12, 30)))).Append(". ");
        return text.ToString().TrimEnd();
    }

    private string Walk(Random random, int length)
    {
        var words = new List<string>(length) { _starts[random.Next(_starts.Length)] };
        while (words.Count < length)
        {
            words.Add(_next.TryGetValue(words[^1], out var followers)
                ? followers[random.Next(followers.Length)]
                : _starts[random.Next(_starts.Length)]);
        }
        return string.Join(' ', words);
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
