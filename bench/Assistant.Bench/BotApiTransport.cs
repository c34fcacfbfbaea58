using Assistant.Conversation;
using Assistant.Messaging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Assistant.Bench;

/// <summary>
/// A bare Telegram.Bot transport for the benchmarks (plain text, errors mapped like the Telegram front-end does),
/// so the bench measures the dispatcher and the Bot API round trip without depending on the test project.
/// </summary>
internal sealed class BotApiTransport(string baseUrl) : IMessageTransport, IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 256 });
    private TelegramBotClient? _bot;

    private TelegramBotClient Bot => _bot ??= new TelegramBotClient(new TelegramBotClientOptions("123456:bench-token", baseUrl) { RetryCount = 0 }, _http);

    public async Task SendAsync(long chatId, Reply reply, CancellationToken cancellationToken)
    {
        try
        {
            await Bot.SendMessage(chatId, reply.PlainText, cancellationToken: cancellationToken);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 403)
        {
            throw new RecipientUnavailableException(ex.Message, ex);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 429)
        {
            throw new RateLimitedException(TimeSpan.FromSeconds(ex.Parameters?.RetryAfter ?? 1), ex);
        }
        catch (RequestException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TransientSendException(ex.Message, ex);
        }
    }

    public void Dispose() => _http.Dispose();
}
