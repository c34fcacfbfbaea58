using Assistant.Conversation;

namespace Assistant.Tests.Conversation;

public sealed class ScheduleIntentTests
{
    [Theory]
    [InlineData("now", ScheduleIntentKind.Now, null, null, TimeWindow.WholeDay)]
    [InlineData("What's on now?", ScheduleIntentKind.Now, null, null, TimeWindow.WholeDay)]
    [InlineData("what’s happening right now", ScheduleIntentKind.Now, null, null, TimeWindow.WholeDay)]
    [InlineData("next", ScheduleIntentKind.Next, null, null, TimeWindow.WholeDay)]
    [InlineData("What's next in room 2?", ScheduleIntentKind.Next, null, "Room 2", TimeWindow.WholeDay)]
    [InlineData("today", ScheduleIntentKind.Program, null, null, TimeWindow.WholeDay)]
    [InlineData("today's program", ScheduleIntentKind.Program, null, null, TimeWindow.WholeDay)]
    [InlineData("day 2", ScheduleIntentKind.Program, 2, null, TimeWindow.WholeDay)]
    [InlineData("the second day afternoon", ScheduleIntentKind.Program, 2, null, TimeWindow.Afternoon)]
    [InlineData("what's on in room 3 after lunch?", ScheduleIntentKind.Program, null, "Room 3", TimeWindow.AfterLunch)]
    [InlineData("Room 1 this morning", ScheduleIntentKind.Program, null, "Room 1", TimeWindow.Morning)]
    [InlineData("main hall day 2", ScheduleIntentKind.Program, 2, "Main Hall", TimeWindow.WholeDay)]
    public void Recognises_time_and_room_questions(string text, ScheduleIntentKind kind, int? day, string? room, TimeWindow window)
    {
        var intent = ScheduleIntent.TryParse(text);

        Assert.Equal(new ScheduleIntent(kind, day, room, window), intent);
    }

    [Theory]
    [InlineData("who talks about the Sinkhorn algorithm?")]
    [InlineData("where can I get lunch?")]
    [InlineData("tensr network")]
    [InlineData("A1-1")]
    [InlineData("who talks about optimal transport today?")]
    [InlineData("next generation sequencing")]
    [InlineData("")]
    public void Leaves_topic_questions_to_search(string text)
    {
        Assert.Null(ScheduleIntent.TryParse(text));
    }
}
