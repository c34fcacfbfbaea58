using Assistant.ProgramData;

namespace Assistant.Tests.Conversation;

/// <summary>A small hand-built program shaped like the shipped one: plenary in Main Hall, parallel sessions in Rooms 1..4, two days.</summary>
internal static class TestProgram
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static readonly string LongAbstract =
        "Sinkhorn algorithm has been used pervasively to approximate the solution to optimal transport problems. " +
        "Its cost grows quadratically with the sample size, which makes it slow for large problems. " +
        "We propose an importance sparsification method that keeps only the most informative entries of the kernel matrix. " +
        "The sampling probabilities are chosen so that the resulting estimator is unbiased and has small variance. " +
        "We prove that the sparsified iterations converge and give explicit error bounds for the approximate plan. " +
        "Experiments on synthetic and real data show large savings in time with almost no loss of accuracy compared with the full iterations. " +
        "Finally we discuss extensions to unbalanced transport and to barycenters, where the same idea applies with small changes.";

    /// <summary>Local conference time (Asia/Shanghai) on day 1 or 2 as a UTC instant.</summary>
    public static DateTimeOffset At(int day, int hour, int minute = 0) =>
        new DateTimeOffset(2027, 5, 19 + day, hour, minute, 0, TimeSpan.FromHours(8)).ToUniversalTime();

    public static ConferenceProgram Build()
    {
        var talks = new List<Talk>
        {
            Talk("P1", "Opening plenary: learning and geometry", "P", 1, "Main Hall", 9, 0, 10, 0, speakers: [new("Ada Lovelace", "Analytical Engines")]) with { IsPlenary = true },
            Talk("A4-1", "Importance Sparsification for Sinkhorn Algorithm", "A4", 1, "Room 1", 10, 30, 11, 0,
                speakers: [new("Mengyu Li", "Renmin University"), new("Jun Yu", null)], abstractText: LongAbstract),
            Talk("A4-2", "Wasserstein barycenters at scale", "A4", 1, "Room 1", 11, 0, 11, 30, speakers: [new("Li Wei", null)]),
            Talk("B1-1", "Deep networks and their minima", "B1", 1, "Room 2", 10, 30, 11, 0, speakerLine: "BB, R K"),
            Talk("C3-1", "Graph neural networks for molecules", "C3", 1, "Room 3", 13, 30, 14, 0),
            Talk("C3-2", "Random features revisited", "C3", 1, "Room 3", 14, 0, 14, 30),
            Talk("C2-1", "Morning talk in room three", "C2", 1, "Room 3", 10, 30, 11, 30),
            Talk("P2", "Closing plenary", "P", 2, "Main Hall", 9, 0, 10, 0) with { IsPlenary = true },
            Talk("B5-1", "Revisit Tensor Networks Machine Learning Modeling", "B5", 2, "Room 4", 10, 30, 11, 0),
            Talk("B5-2", "X#@!! ~~ ;;", "B5", 2, "Room 4", 11, 0, 11, 30) with { TitleIsNoise = true, AbstractIsNoise = true },
        };
        var sessions = talks.Where(t => t.SessionCode != "P").GroupBy(t => t.SessionCode)
            .Select(g => new Session(g.Key, $"Session on {g.Key}", g.First().Day, g.First().Room, g.Min(t => t.Start), g.Max(t => t.End)))
            .ToList();
        return new ConferenceProgram("MML 2027", Shanghai,
            [new ConferenceDay(1, new DateOnly(2027, 5, 20)), new ConferenceDay(2, new DateOnly(2027, 5, 21))],
            sessions, talks);
    }

    private static Talk Talk(string code, string title, string session, int day, string room, int h1, int m1, int h2, int m2,
        Speaker[]? speakers = null, string? speakerLine = null, string? abstractText = null) =>
        new($"id-{code.ToLowerInvariant()}", code, title,
            abstractText ?? $"A short abstract about {title.ToLowerInvariant()}.",
            speakerLine ?? string.Join(", ", (speakers ?? []).Select(s => s.Name)),
            speakers ?? [], session, day, room, At(day, h1, m1), At(day, h2, m2));
}
