using Assistant.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Assistant.Tests.Telegram;

public sealed class TelegramOptionsTests
{
    [Fact]
    public void A_malformed_token_fails_validation_naming_the_setting_without_echoing_the_token()
    {
        using var host = BuildHost(new() { ["Telegram:BotToken"] = "not-a-token-s3cr3t" });

        var ex = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<TelegramOptions>>().Value);

        Assert.Contains("Telegram:BotToken", ex.Message);
        Assert.DoesNotContain("s3cr3t", ex.Message);
    }

    [Fact]
    public void A_missing_token_fails_validation_naming_the_setting()
    {
        using var host = BuildHost(new() { ["Telegram:BotToken"] = "" });

        var ex = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<TelegramOptions>>().Value);

        Assert.Contains("Telegram:BotToken", ex.Message);
    }

    [Fact]
    public async Task Host_start_fails_on_a_malformed_token()
    {
        using var host = BuildHost(new() { ["Telegram:BotToken"] = "12345" });

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token));
    }

    [Fact]
    public void A_base_url_that_is_not_http_fails_validation_naming_the_setting()
    {
        using var host = BuildHost(new() { ["Telegram:BotToken"] = "123:abc", ["Telegram:ApiBaseUrl"] = "ftp://example" });

        var ex = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<TelegramOptions>>().Value);

        Assert.Contains("Telegram:ApiBaseUrl", ex.Message);
    }

    [Fact]
    public void The_token_falls_back_to_TELEGRAM_BOT_TOKEN()
    {
        using var host = BuildHost(new() { ["TELEGRAM_BOT_TOKEN"] = "777:fromEnv" });

        var options = host.Services.GetRequiredService<IOptions<TelegramOptions>>().Value;

        Assert.Equal("777:fromEnv", options.BotToken);
        Assert.True(TelegramRegistration.HasBotToken(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["TELEGRAM_BOT_TOKEN"] = "777:fromEnv" }).Build()));
    }

    [Fact]
    public void HasBotToken_is_false_without_any_token()
    {
        Assert.False(TelegramRegistration.HasBotToken(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Telegram:BotToken"] = " " }).Build()));
    }

    [Fact]
    public void ToString_never_shows_the_token()
    {
        var text = new TelegramOptions { BotToken = "123456:VerySecretPart" }.ToString();

        Assert.DoesNotContain("VerySecretPart", text);
        Assert.Contains("redacted", text);
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddTelegram();
        // The polling service needs an engine; validation happens before it would be used.
        builder.Services.AddSingleton(Moq.Mock.Of<Assistant.Conversation.IConversation>());
        return builder.Build();
    }
}
