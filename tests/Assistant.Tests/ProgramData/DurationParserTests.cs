using Assistant.ProgramData;

namespace Assistant.Tests.ProgramData;

public sealed class DurationParserTests
{
    [Theory]
    [InlineData("3m", 180)]
    [InlineData("90s", 90)]
    [InlineData("1h", 3600)]
    [InlineData("1h30m", 5400)]
    [InlineData("00:03:00", 180)]
    [InlineData(" 2M ", 120)]
    [InlineData("-10m", -600)]
    [InlineData("1d", 86400)]
    public void Parses_command_line_durations(string text, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), DurationParser.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("5")]
    [InlineData("3 minutes")]
    [InlineData("m3")]
    public void Rejects_what_is_not_a_duration(string text)
    {
        Assert.False(DurationParser.TryParse(text, out _));
        Assert.Throws<FormatException>(() => DurationParser.Parse(text));
    }
}
