using Assistant.Ai;
using Assistant.ProgramData;
using Assistant.Search;

namespace Assistant.Conversation;

/// <summary>Replies that list talks (search results, a session, a day), shared by commands, callbacks and answers.</summary>
public static class TalkLists
{
    /// <summary>Lists longer than this get no per-talk buttons: a wall of buttons helps nobody.</summary>
    public const int MaxCardButtons = 8;

    /// <summary>One "open the card" button per talk, one per row.</summary>
    public static IEnumerable<IReadOnlyList<ReplyButton>> CardButtons(IEnumerable<Talk> talks) =>
        talks.Take(MaxCardButtons + 1).Count() > MaxCardButtons
            ? []
            : talks.Select(t => (IReadOnlyList<ReplyButton>)[CardButton(t)]);

    public static ReplyButton CardButton(Talk talk) =>
        new(TalkFormatter.ButtonLabel(talk), CallbackData.Format(TalkCallbacks.Card, talk.Id));

    /// <summary>A heading and one summary line per talk, with card buttons for short lists.</summary>
    public static Reply Lines(string heading, IReadOnlyList<Talk> talks, TimeZoneInfo zone, bool withDay = false)
    {
        var lines = talks.Select(t => withDay ? TalkFormatter.SummaryWithDay(t, zone) : TalkFormatter.Summary(t, zone));
        return Reply.Of(TextBlock.Bold(heading), TextBlock.Plain(string.Join("\n", lines)))
            .WithButtons(CardButtons(talks));
    }

    /// <summary>
    /// Ranked search hits with why they matched, or a clear "nothing matches" with hints; the fixed phrases are in
    /// <paramref name="language"/> (English when null), the talks as the program has them.
    /// </summary>
    public static Reply SearchResults(string query, IReadOnlyList<SearchHit> hits, TimeZoneInfo zone, ReplyLanguage? language = null)
    {
        var chinese = language?.IsChinese == true;
        var quoted = TalkFormatter.Shorten(query.ReplaceLineEndings(" "), 80);
        if (hits.Count == 0)
            return Reply.Of(
                TextBlock.Plain(chinese ? $"会议日程中没有与“{quoted}”相符的报告。" : $"Nothing in the program matches “{quoted}”."),
                TextBlock.Italic(chinese
                    ? "可以用 /search 换几个关键词，用 /today 查看当天日程，或用 /rooms 查看各会场。"
                    : "Try /search with other words, /today for the day's program, or /rooms for what is where."));

        var headline = (chinese, hits.Count == 1) switch
        {
            (true, true) => $"有一个报告与“{quoted}”相符：",
            (true, false) => $"与“{quoted}”相符的报告：",
            (false, true) => $"One talk matches “{quoted}”:",
            (false, false) => $"Talks that match “{quoted}”:",
        };
        var blocks = new List<TextBlock> { TextBlock.Bold(headline) };
        foreach (var hit in hits)
        {
            var talk = hit.Talk;
            var spans = new List<Span> { new($"{talk.Code} · {TalkFormatter.Title(talk)}", SpanStyle.Bold) };
            // In a list, an OCR-garbled speaker line is noise; the card still shows it, labelled.
            if (TalkFormatter.HasLegibleSpeakers(talk)) spans.Add(new Span($"\n{TalkFormatter.Speakers(talk)}"));
            spans.Add(new Span($"\n{TalkFormatter.When(talk, zone)} · {talk.Room}"));
            // The snippet carries its own ellipses where it was cut.
            if (!string.IsNullOrWhiteSpace(hit.Snippet))
                spans.Add(new Span("\n" + hit.Snippet.Trim(), SpanStyle.Italic));
            blocks.Add(new TextBlock(spans));
        }
        return new Reply(blocks, []).WithButtons(hits.Select(h => (IReadOnlyList<ReplyButton>)[CardButton(h.Talk)]));
    }

    /// <summary>The talks of one session with buttons to their cards; null when the program has no such session.</summary>
    public static Reply? Session(ConferenceProgram program, string code)
    {
        var talks = program.TalksInSession(code.Trim()).ToList();
        var session = program.FindSession(code.Trim());
        if (talks.Count == 0 && session is null) return null;

        var zone = program.TimeZone;
        var heading = session is null
            ? $"Session {code.Trim().ToUpperInvariant()}"
            : SessionHeading(session, zone);
        if (talks.Count == 0)
            return Reply.Of(TextBlock.Bold(heading), TextBlock.Plain("No talks are listed in this session."));
        return Reply.Of(TextBlock.Bold(heading), TextBlock.Plain(string.Join("\n", talks.Select(t => TalkFormatter.Summary(t, zone)))))
            .WithButtons(talks.Select(t => (IReadOnlyList<ReplyButton>)[CardButton(t)]));
    }

    /// <summary>"A4 · Thu 20 May, 10:00–12:00 · Room 1 · Title".</summary>
    public static string SessionHeading(Session session, TimeZoneInfo zone)
    {
        var parts = new List<string>
        {
            $"Session {session.Code}",
            $"{TalkFormatter.DayLabel(session.Start, zone)}, {TalkFormatter.TimeRange(session.Start, session.End, zone)}",
            session.Room,
        };
        if (TalkFormatter.SessionTitle(session) is { } title) parts.Add(title);
        return string.Join(TalkFormatter.Separator, parts);
    }

    /// <summary>
    /// A day's talks grouped by session, one block per session so front-ends can split long days between
    /// blocks; talks outside any listed session (plenaries) get a block of their own.
    /// </summary>
    public static IReadOnlyList<TextBlock> DayBlocks(ConferenceProgram program, IEnumerable<Talk> talks)
    {
        var zone = program.TimeZone;
        var blocks = new List<TextBlock>();
        foreach (var group in talks.GroupBy(t => t.SessionCode, StringComparer.OrdinalIgnoreCase)
                     .OrderBy(g => g.Min(t => t.Start)).ThenBy(g => Schedule.RoomIndex(program, g.First().Room)))
        {
            var session = program.FindSession(group.Key);
            var first = group.OrderBy(t => t.Start).First();
            var heading = first.IsPlenary ? $"Plenary · {first.Room}"
                : session is not null
                ? $"{session.Code} · {session.Room}{(TalkFormatter.SessionTitle(session) is { } title ? " · " + title : "")}"
                : $"{group.Key} · {first.Room}";
            var lines = group.OrderBy(t => t.Start).Select(t => TalkFormatter.Summary(t, zone));
            blocks.Add(new TextBlock([new Span(heading, SpanStyle.Bold), new Span("\n" + string.Join("\n", lines))]));
        }
        return blocks;
    }
}
