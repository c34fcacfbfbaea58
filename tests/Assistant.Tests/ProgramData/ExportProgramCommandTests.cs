using Assistant.ProgramData;
using Assistant.ProgramData.Json;
using Moq;

namespace Assistant.Tests.ProgramData;

public sealed class ExportProgramCommandTests
{
    private readonly ExportProgramCommand _command;

    public ExportProgramCommandTests()
    {
        var provider = new Mock<IProgramProvider>();
        provider.SetupGet(p => p.Current).Returns(RealProgram.Program);
        _command = new ExportProgramCommand(provider.Object);
    }

    [Fact]
    public async Task Writes_the_program_json_to_the_given_path_and_it_reads_back()
    {
        var path = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}.json");
        try
        {
            var output = new StringWriter();

            var exit = await _command.RunAsync([path], output, CancellationToken.None);

            Assert.Equal(0, exit);
            Assert.Contains("Wrote 66 talks", output.ToString());
            var read = ProgramJsonReader.Read(await File.ReadAllTextAsync(path), path);
            Assert.Equal(RealProgram.Program.Talks.Select(t => (t.Id, t.Start, t.Room)), read.Talks.Select(t => (t.Id, t.Start, t.Room)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Without_a_path_writes_to_the_output()
    {
        var output = new StringWriter();

        var exit = await _command.RunAsync([], output, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Equal(66, ProgramJsonReader.Read(output.ToString(), "stdout").Talks.Count);
        Assert.Equal("export-program", _command.Verb);
    }

    [Fact]
    public async Task Unwritable_path_fails_with_exit_code_1()
    {
        var output = new StringWriter();

        var exit = await _command.RunAsync([Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "missing", "x.json")], output, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("cannot write", output.ToString());
    }
}
