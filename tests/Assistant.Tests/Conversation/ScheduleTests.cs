using Assistant.Conversation;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Conversation;

public sealed class ScheduleTests
{
    private static IConversation EngineAt(DateTimeOffset now) => TestHost.Engine(new FakeTimeProvider(now));

    [Fact]
    public async Task Now_before_the_conference_says_it_has_not_begun_and_names_the_first_talk()
    {
        var engine = EngineAt(TestProgram.At(1, 8).AddDays(-30));

        var reply = await engine.Say("/now");

        Assert.StartsWith("The conference has not begun yet: it runs Thu 20 May – Fri 21 May 2027 (Asia/Shanghai time).", reply.PlainText);
        Assert.Contains("The first talk is Thu 20 May · P1 · 09:00–10:00 · Main Hall · Opening plenary", reply.PlainText);
        Assert.Equal(["card:id-p1"], reply.AllButtons().Select(b => b.Data));
    }

    [Fact]
    public async Task Now_during_a_slot_lists_what_runs_in_every_room()
    {
        var engine = EngineAt(TestProgram.At(1, 10, 45));

        var reply = await engine.Say("/now");

        Assert.StartsWith("On now (Thu 20 May, 10:45):", reply.PlainText);
        Assert.Contains("A4-1 · 10:30–11:00 · Room 1", reply.PlainText);
        Assert.Contains("B1-1 · 10:30–11:00 · Room 2", reply.PlainText);
        Assert.Contains("C2-1 · 10:30–11:30 · Room 3", reply.PlainText);
        Assert.DoesNotContain("A4-2", reply.PlainText);
    }

    [Fact]
    public async Task Now_in_the_lunch_break_says_nothing_is_on_and_what_comes_next()
    {
        var engine = EngineAt(TestProgram.At(1, 12, 40));

        var reply = await engine.Say("what's on now?");

        Assert.StartsWith("Nothing is on right now (Thu 20 May, 12:40). Next up:", reply.PlainText);
        Assert.Contains("C3-1 · 13:30–14:00 · Room 3", reply.PlainText);
    }

    [Fact]
    public async Task Now_after_the_conference_says_it_is_over_and_names_the_last_talk()
    {
        var engine = EngineAt(TestProgram.At(2, 18).AddDays(3));

        var reply = await engine.Say("/now");

        Assert.StartsWith("The conference is over: it ran Thu 20 May – Fri 21 May 2027.", reply.PlainText);
        Assert.Contains("The last talk was Fri 21 May · B5-2 · 11:00–11:30 · Room 4", reply.PlainText);
    }

    [Fact]
    public async Task Next_before_the_conference_lists_the_first_talk_in_each_room_of_day_one()
    {
        var engine = EngineAt(TestProgram.At(1, 8).AddDays(-30));

        var reply = await engine.Say("/next");

        Assert.StartsWith("The conference has not begun yet (Thu 20 May – Fri 21 May 2027). First to start:", reply.PlainText);
        Assert.Contains("Thu 20 May · P1 · 09:00–10:00", reply.PlainText);
        Assert.Contains("A4-1 · 10:30–11:00 · Room 1", reply.PlainText);
        Assert.DoesNotContain("P2", reply.PlainText);
    }

    [Fact]
    public async Task Next_during_the_day_lists_the_next_talk_per_room_of_that_day()
    {
        var engine = EngineAt(TestProgram.At(1, 10, 45));

        var reply = await engine.Say("/next");

        Assert.StartsWith("Next to start:", reply.PlainText);
        Assert.Contains("A4-2 · 11:00–11:30 · Room 1", reply.PlainText);
        Assert.Contains("C3-1 · 13:30–14:00 · Room 3", reply.PlainText);
        Assert.DoesNotContain("P2", reply.PlainText);
    }

    [Fact]
    public async Task Next_after_the_last_talk_of_day_one_is_the_morning_of_day_two()
    {
        var engine = EngineAt(TestProgram.At(1, 20));

        var reply = await engine.Say("what's next?");

        Assert.Contains("Fri 21 May · P2 · 09:00–10:00 · Main Hall", reply.PlainText);
        Assert.Contains("B5-1", reply.PlainText);
    }

    [Fact]
    public async Task Next_after_the_conference_says_it_is_over()
    {
        var engine = EngineAt(TestProgram.At(2, 18));

        var reply = await engine.Say("/next");

        Assert.StartsWith("The conference is over", reply.PlainText);
    }

    [Fact]
    public async Task Today_on_a_conference_day_lists_that_day()
    {
        var engine = EngineAt(TestProgram.At(2, 8));

        var reply = await engine.Say("/today");

        Assert.StartsWith("Today, Day 2 (Fri 21 May):", reply.PlainText);
        Assert.Contains("B5-1", reply.PlainText);
        Assert.DoesNotContain("A4-1", reply.PlainText);
    }

    [Fact]
    public async Task Today_outside_the_conference_says_which_days_it_is_on()
    {
        var engine = EngineAt(TestProgram.At(1, 8).AddDays(-30));

        var reply = await engine.Say("/today");

        Assert.StartsWith("Today (Tue 20 Apr) is not a conference day. The conference runs on Day 1 (Thu 20 May) and Day 2 (Fri 21 May).", reply.PlainText);
    }

    [Fact]
    public async Task Room_after_lunch_lists_that_room_from_the_end_of_the_lunch_break()
    {
        var engine = EngineAt(TestProgram.At(1, 9));

        var reply = await engine.Say("What's on in room 3 after lunch?");

        Assert.StartsWith("Today, Day 1 (Thu 20 May) in Room 3 after lunch (from 13:30):", reply.PlainText);
        Assert.Contains("C3-1", reply.PlainText);
        Assert.Contains("C3-2", reply.PlainText);
        Assert.DoesNotContain("C2-1", reply.PlainText);
    }

    [Fact]
    public async Task Room_question_outside_the_conference_shows_every_day()
    {
        var engine = EngineAt(TestProgram.At(1, 8).AddDays(-30));

        var reply = await engine.Say("room 3 morning");

        Assert.StartsWith("Today (Tue 20 Apr) is not a conference day; here is every day instead.", reply.PlainText);
        Assert.Contains("Day 1 (Thu 20 May) in Room 3 in the morning:", reply.PlainText);
        Assert.Contains("C2-1", reply.PlainText);
        Assert.DoesNotContain("C3-1", reply.PlainText);
        Assert.Contains("Day 2 (Fri 21 May) in Room 3 in the morning:\n\nNo talks.", reply.PlainText);
    }

    [Fact]
    public async Task An_unknown_room_lists_the_rooms_there_are()
    {
        var reply = await EngineAt(TestProgram.At(1, 9)).Say("room 9");

        Assert.Equal("There is no Room 9 in the program. Rooms: Main Hall, Room 1, Room 2, Room 3, Room 4.", reply.PlainText);
    }

    [Fact]
    public async Task Day_two_in_words_lists_day_two()
    {
        var reply = await EngineAt(TestProgram.At(1, 9)).Say("what's on day 2?");

        Assert.StartsWith("Day 2 (Fri 21 May):", reply.PlainText);
    }

    [Fact]
    public void Lunch_ends_at_the_end_of_the_midday_break()
    {
        Assert.Equal(new TimeOnly(13, 30), Schedule.LunchEnds(TestProgram.Build(), 1));
    }

    [Fact]
    public void Lunch_ends_at_one_when_the_day_shows_no_midday_break()
    {
        // Day 2 of the test program has only morning talks.
        Assert.Equal(new TimeOnly(13, 0), Schedule.LunchEnds(TestProgram.Build(), 2));
    }
}
