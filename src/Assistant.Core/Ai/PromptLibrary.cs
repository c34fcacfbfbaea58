using Microsoft.SemanticKernel;

namespace Assistant.Ai;

/// <summary>
/// The Semantic Kernel prompt templates from the prompts/ folder, loaded and checked once at start-up.
/// Each file must name the variables the code passes, must parse as a template, and must not switch off
/// SK's encoding of variable values (<c>allow_dangerously_set_content</c>).
/// </summary>
public sealed class PromptLibrary
{
    public const string Answer = "answer";
    public const string Summarize = "summarize";
    public const string SummarizeSession = "summarize-session";

    /// <summary>The prompts the code uses and the variables each must declare.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Required = new Dictionary<string, string[]>
    {
        [Answer] = ["talks", "question", "language", "decline"],
        [Summarize] = ["talk", "language"],
        [SummarizeSession] = ["talks", "language"],
    };

    private readonly IReadOnlyDictionary<string, PromptTemplateConfig> _prompts;

    private PromptLibrary(string directory, IReadOnlyDictionary<string, PromptTemplateConfig> prompts)
    {
        Directory = directory;
        _prompts = prompts;
    }

    /// <summary>The folder the prompts were read from.</summary>
    public string Directory { get; }

    public PromptTemplateConfig this[string name] =>
        _prompts.TryGetValue(name, out var config) ? config : throw new KeyNotFoundException($"No prompt '{name}' was loaded.");

    /// <summary>
    /// Finds the folder (absolute; or relative to the binary, then to the current directory) and loads every required prompt.
    /// Throws <see cref="PromptFileException"/> naming the file that is missing or malformed.
    /// </summary>
    public static PromptLibrary Load(string configuredDirectory)
    {
        var directory = Locate(configuredDirectory);
        var prompts = new Dictionary<string, PromptTemplateConfig>();
        foreach (var (name, variables) in Required)
            prompts[name] = LoadFile(Path.Combine(directory, name + ".yaml"), name, variables);
        return new PromptLibrary(directory, prompts);
    }

    private static string Locate(string configured)
    {
        if (Path.IsPathRooted(configured))
            return System.IO.Directory.Exists(configured)
                ? configured
                : throw new PromptFileException($"Prompt folder '{configured}' (AI:PromptsDirectory) does not exist.");
        string[] candidates = [Path.Combine(AppContext.BaseDirectory, configured), Path.GetFullPath(configured)];
        return candidates.FirstOrDefault(System.IO.Directory.Exists)
            ?? throw new PromptFileException(
                $"Prompt folder '{configured}' (AI:PromptsDirectory) was not found next to the binary or in the current directory ({string.Join(", ", candidates)}).");
    }

    /// <summary>
    /// Renders the template with placeholder values and checks it is well-formed chat XML with a system message:
    /// otherwise Semantic Kernel silently sends the whole text, instructions included, as one user message.
    /// </summary>
    private static void CheckRendersAsChat(PromptTemplateConfig config, List<string> problems)
    {
        string rendered;
        try
        {
            var arguments = new KernelArguments();
            foreach (var variable in config.InputVariables) arguments[variable.Name] = "placeholder";
            rendered = new KernelPromptTemplateFactory().Create(config).RenderAsync(new Kernel(), arguments).GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            problems.Add($"the template does not render ({e.Message})");
            return;
        }
        try
        {
            var root = System.Xml.Linq.XElement.Parse("<root>" + rendered + "</root>");
            var roles = root.Elements("message").Select(m => (string?)m.Attribute("role")).ToList();
            if (!roles.Contains("system")) problems.Add("it has no <message role=\"system\"> holding the instructions");
            if (root.Elements().Any(e => e.Name != "message")) problems.Add("it has elements outside <message> blocks");
        }
        catch (System.Xml.XmlException e)
        {
            problems.Add($"the rendered template is not well-formed chat XML ({e.Message}); angle brackets in the text must be avoided");
        }
    }

    internal static PromptTemplateConfig LoadFile(string path, string expectedName, IReadOnlyCollection<string> variables)
    {
        var file = Path.GetFileName(path);
        if (!File.Exists(path)) throw new PromptFileException($"Prompt file '{file}' is missing (expected at {path}).");

        PromptTemplateConfig config;
        try
        {
            var json = YamlToJson.Convert(File.ReadAllText(path))?.ToJsonString()
                ?? throw new FormatException("the file is empty");
            config = PromptTemplateConfig.FromJson(json);
        }
        catch (Exception e) when (e is not PromptFileException)
        {
            throw new PromptFileException($"Prompt file '{file}' is malformed: {e.Message}", e);
        }

        var problems = new List<string>();
        if (!string.Equals(config.Name, expectedName, StringComparison.Ordinal)) problems.Add($"its name is '{config.Name}', expected '{expectedName}'");
        if (string.IsNullOrWhiteSpace(config.Template)) problems.Add("it has no template");
        if (config.AllowDangerouslySetContent || config.InputVariables.Any(v => v.AllowDangerouslySetContent))
            problems.Add("it sets allow_dangerously_set_content, which would let program or user text become instructions");
        foreach (var variable in variables)
        {
            if (!config.InputVariables.Any(v => v.Name == variable)) problems.Add($"input variable '{variable}' is not declared");
            else if (!config.Template.Contains("{{$" + variable + "}}", StringComparison.Ordinal)) problems.Add($"the template does not use {{{{${variable}}}}}");
        }
        if (problems.Count == 0) CheckRendersAsChat(config, problems);
        if (problems.Count > 0) throw new PromptFileException($"Prompt file '{file}' is malformed: {string.Join("; ", problems)}.");
        return config;
    }
}
