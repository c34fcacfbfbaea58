using System.Net;
using Assistant.Conversation;
using Assistant.Messaging;
using Telegram.Bot.Exceptions;

namespace Assistant.Telegram;

/// <summary>Delivers unsolicited messages (reminders, notices) over Telegram, translating Bot API failures into the transport exceptions.</summary>
internal sealed class TelegramMessageTransport(TelegramReplySender sender) : IMessageTransport
{
    public async Task SendAsync(long chatId, Reply reply, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(chatId, reply, cancellationToken);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == (int)HttpStatusCode.Forbidden || IsChatGone(ex))
        {
            throw new RecipientUnavailableException($"Chat {chatId} cannot receive messages: {ex.Message}", ex);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == (int)HttpStatusCode.TooManyRequests)
        {
            // Telegram always sends retry_after with a 429; one second is a cautious guess if it ever does not.
            throw new RateLimitedException(TimeSpan.FromSeconds(ex.Parameters?.RetryAfter ?? 1), ex);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode >= 500)
        {
            throw new TransientSendException($"Telegram failed ({ex.ErrorCode}): {ex.Message}", ex);
        }
        catch (ApiRequestException)
        {
            throw; // Other 4xx are our bug (bad HTML, bad markup): retrying will not help.
        }
        catch (RequestException ex)
        {
            throw new TransientSendException($"Could not reach Telegram: {ex.Message}", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new TransientSendException($"Could not reach Telegram: {ex.Message}", ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TransientSendException("Telegram did not answer in time.", ex);
        }
    }

    /// <summary>"Bad Request: chat not found" means the user never started the bot or deleted the chat: as final as a block.</summary>
    private static bool IsChatGone(ApiRequestException ex) =>
        ex.ErrorCode == (int)HttpStatusCode.BadRequest && ex.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase);
}
