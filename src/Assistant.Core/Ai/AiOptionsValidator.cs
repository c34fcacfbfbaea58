using Microsoft.Extensions.Options;

namespace Assistant.Ai;

/// <summary>Checks the combinations data annotations cannot express; every message names the setting to fix.</summary>
public sealed class AiOptionsValidator : IValidateOptions<AiOptions>
{
    public ValidateOptionsResult Validate(string? name, AiOptions options)
    {
        var errors = new List<string>();
        switch (options.Provider)
        {
            case AiProvider.None:
                break;
            case AiProvider.OpenAI:
                Require(options.ChatModel, "AI:ChatModel", "OpenAI", errors);
                Require(options.ApiKey, "AI:ApiKey (set the environment variable AI__ApiKey or a user secret)", "OpenAI", errors);
                if (!string.IsNullOrWhiteSpace(options.Endpoint)) CheckUrl(options.Endpoint, errors);
                break;
            case AiProvider.OpenAICompatible:
                Require(options.Endpoint, "AI:Endpoint (e.g. http://localhost:11434/v1)", "OpenAICompatible", errors);
                Require(options.ChatModel, "AI:ChatModel", "OpenAICompatible", errors);
                if (!string.IsNullOrWhiteSpace(options.Endpoint)) CheckUrl(options.Endpoint, errors);
                break;
            case AiProvider.AzureOpenAI:
                Require(options.Endpoint, "AI:Endpoint (e.g. https://NAME.openai.azure.com)", "AzureOpenAI", errors);
                Require(options.Deployment, "AI:Deployment", "AzureOpenAI", errors);
                Require(options.ApiKey, "AI:ApiKey (set the environment variable AI__ApiKey or a user secret)", "AzureOpenAI", errors);
                if (!string.IsNullOrWhiteSpace(options.Endpoint)) CheckUrl(options.Endpoint, errors);
                break;
            default:
                errors.Add($"AI:Provider '{options.Provider}' is not one of None, OpenAI, AzureOpenAI, OpenAICompatible.");
                break;
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Require(string? value, string setting, string provider, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) errors.Add($"{setting} is required when AI:Provider is {provider}.");
    }

    private static void CheckUrl(string endpoint, List<string> errors)
    {
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            errors.Add($"AI:Endpoint '{endpoint}' is not an absolute http(s) URL.");
    }
}
