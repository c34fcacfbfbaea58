// A fake Telegram Bot API server on 127.0.0.1 for tests: real HTTP, real Telegram.Bot client, no network.
//
// Usage (any test project that references Telegram.Bot):
//
//     await using var api = await FakeBotApiServer.StartAsync();            // token "123456:TEST", free port
//     var bot = new TelegramBotClient(new TelegramBotClientOptions(api.Token, api.BaseUrl.ToString()));
//     // ...or configure a host: Telegram:BotToken = api.Token, Telegram:ApiBaseUrl = api.BaseUrl.
//
//     api.EnqueueMessage(chatId: 42, "A4-1");                              // a user writes; the bot sees it in getUpdates
//     api.EnqueueCallbackQuery(chatId: 42, "card:A4-1");                   // a user presses a button
//     api.FailNext("sendMessage", FakeFailure.TooManyRequests(retryAfter: 1)); // script failures for the next N calls
//     api.FailNext("getUpdates", FakeFailure.ServerError(), times: 2);
//     api.FailNext("sendMessage", FakeFailure.BlockedByUser());            // 403 "Forbidden: bot was blocked by the user"
//     api.FailNext("sendMessage", FakeFailure.Delayed(TimeSpan.FromSeconds(5))); // answers late, to force a client time-out
//
//     var sent = await api.WaitForRequestAsync("sendMessage", r => r.ChatId == 42);   // throws TimeoutException after 5 s
//     Assert.Contains("<b>", sent.Text);
//     Assert.Equal("card:A4-1", sent.InlineKeyboard[0][0].CallbackData);
//     var all = api.Requests;                                              // every request, in order, failures included
//
// Supported methods: getMe, getUpdates (long poll: waits up to its timeout, capped by MaxLongPoll, until an update is
// queued), deleteWebhook (drop_pending_updates clears the queue), sendMessage, editMessageText, sendDocument
// (multipart; the file is in request.Files), answerCallbackQuery, setMyCommands, sendChatAction. Add others or
// override one with Handle("getChat", request => new JsonObject { ... }). Unknown methods answer 404 like Telegram.
// HTML texts are checked like Telegram does (StrictHtml, see TelegramHtml): bad markup or > 4,096 chars answers 400.
// A request with a different token answers 401. Responses are real Bot API JSON ({"ok":true,"result":...}).
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Assistant.Tests.Telegram.FakeBotApi;

/// <summary>A scriptable, recording Telegram Bot API server on loopback. See the top of this file for usage.</summary>
public sealed partial class FakeBotApiServer : IAsyncDisposable
{
    public const string DefaultToken = "123456:TEST";

    /// <summary>The bot's own user id: the digits of the token, as on Telegram.</summary>
    public long BotId { get; }

    public string Token { get; }

    /// <summary>"http://127.0.0.1:port/": what Telegram.Bot takes as baseUrl.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Caps a client's long-poll timeout so a test never waits long for an empty poll.</summary>
    public TimeSpan MaxLongPoll { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// When true (the default), sendMessage and editMessageText with parse_mode HTML are checked like Telegram does
    /// (<see cref="TelegramHtml"/>) and refused with 400 "can't parse entities" / "message is too long".
    /// </summary>
    public bool StrictHtml { get; set; } = true;

    /// <summary>How long <see cref="WaitForRequestAsync"/> waits unless told otherwise.</summary>
    public TimeSpan DefaultWaitTimeout { get; set; } = TimeSpan.FromSeconds(5);

    private readonly HttpListener listener;
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock gate = new();
    private readonly List<FakeBotApiRequest> requests = [];
    private readonly List<(int Id, JsonObject Update)> pendingUpdates = [];
    private readonly Dictionary<string, Queue<FakeFailure>> failures = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Func<FakeBotApiRequest, JsonNode?>> handlers = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Task> inFlight = [];
    private readonly List<Exception> errors = [];
    private TaskCompletionSource changed = NewSignal();
    private int nextUpdateId = 1;
    private int nextMessageId = 1000;
    private int nextCallbackId = 1;
    private Task acceptLoop = Task.CompletedTask;

    private FakeBotApiServer(HttpListener listener, Uri baseUrl, string token)
    {
        this.listener = listener;
        BaseUrl = baseUrl;
        Token = token;
        BotId = long.Parse(token[..token.IndexOf(':')]);
        RegisterDefaultHandlers();
    }

    /// <summary>Starts a server on a free loopback port.</summary>
    public static Task<FakeBotApiServer> StartAsync(string token = DefaultToken)
    {
        if (!TokenShape().IsMatch(token)) throw new ArgumentException("A bot token looks like '<digits>:<secret>'.", nameof(token));
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var prefix = $"http://127.0.0.1:{port}/";
            var listener = new HttpListener();
            listener.Prefixes.Add(prefix);
            try
            {
                listener.Start();
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close(); // the port was taken between probing and binding; try another
                continue;
            }
            var server = new FakeBotApiServer(listener, new Uri(prefix), token);
            server.acceptLoop = Task.Run(server.AcceptLoopAsync);
            return Task.FromResult(server);
        }
    }

    /// <summary>Every request received so far, in arrival order (a snapshot).</summary>
    public IReadOnlyList<FakeBotApiRequest> Requests
    {
        get { lock (gate) return [.. requests]; }
    }

    /// <summary>The requests for one method (case-insensitive), in arrival order.</summary>
    public IReadOnlyList<FakeBotApiRequest> RequestsFor(string method) =>
        [.. Requests.Where(r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase))];

    /// <summary>Forgets the requests received so far (queued updates and scripted failures stay).</summary>
    public void ClearRequests()
    {
        lock (gate) requests.Clear();
    }

    /// <summary>Exceptions thrown by method handlers (answered as 500); empty unless the fake or a custom handler has a bug.</summary>
    public IReadOnlyList<Exception> Errors
    {
        get { lock (gate) return [.. errors]; }
    }

    /// <summary>Updates queued and not yet confirmed by a getUpdates offset.</summary>
    public int PendingUpdateCount
    {
        get { lock (gate) return pendingUpdates.Count; }
    }

    /// <summary>Queues a raw update (its "update_id" is assigned here) and wakes a waiting getUpdates. Returns the update id.</summary>
    public int EnqueueUpdate(JsonObject update)
    {
        lock (gate)
        {
            var id = nextUpdateId++;
            update["update_id"] = id;
            pendingUpdates.Add((id, update));
            SignalLocked();
            return id;
        }
    }

    /// <summary>A user writes <paramref name="text"/> in a private chat (chat id = user id unless <paramref name="userId"/> differs).</summary>
    public int EnqueueMessage(long chatId, string text, long? userId = null, string? languageCode = "en", string firstName = "Ada") =>
        EnqueueUpdate(FakeUpdates.Message(chatId, text, NextMessageId(), userId, languageCode, firstName));

    /// <summary>A user presses an inline button carrying <paramref name="data"/>. Returns the callback query id to look for in answerCallbackQuery.</summary>
    public string EnqueueCallbackQuery(long chatId, string? data, long? userId = null, string? languageCode = "en", int? messageId = null)
    {
        string id;
        lock (gate) id = $"cbq-{nextCallbackId++}";
        EnqueueUpdate(FakeUpdates.CallbackQuery(id, chatId, data, messageId ?? NextMessageId(), BotId, userId, languageCode));
        return id;
    }

    /// <summary>A user sends a sticker (a message without text).</summary>
    public int EnqueueSticker(long chatId, long? userId = null, string? languageCode = "en") =>
        EnqueueUpdate(FakeUpdates.Sticker(chatId, NextMessageId(), userId, languageCode));

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> fail as described (queued after earlier scripts).</summary>
    public void FailNext(string method, FakeFailure failure, int times = 1)
    {
        lock (gate)
        {
            if (!failures.TryGetValue(method, out var queue)) failures[method] = queue = new Queue<FakeFailure>();
            for (var i = 0; i < times; i++) queue.Enqueue(failure);
        }
    }

    /// <summary>Adds or replaces the result of a method; return the "result" node (null means JSON true).</summary>
    public void Handle(string method, Func<FakeBotApiRequest, JsonNode?> result)
    {
        lock (gate) handlers[method] = result;
    }

    /// <summary>
    /// The first request (already received or still to come) for <paramref name="method"/> that matches
    /// <paramref name="predicate"/>. Throws <see cref="TimeoutException"/>, listing what did arrive, after the timeout.
    /// </summary>
    public Task<FakeBotApiRequest> WaitForRequestAsync(string method, Func<FakeBotApiRequest, bool>? predicate = null, TimeSpan? timeout = null) =>
        WaitUntilAsync(
            all => all.FirstOrDefault(r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase) && (predicate?.Invoke(r) ?? true)),
            $"a {method} request", timeout);

    /// <summary>Waits until at least <paramref name="count"/> matching requests arrived and returns them (all of them, in order).</summary>
    public Task<IReadOnlyList<FakeBotApiRequest>> WaitForRequestsAsync(string method, int count, Func<FakeBotApiRequest, bool>? predicate = null, TimeSpan? timeout = null) =>
        WaitUntilAsync<IReadOnlyList<FakeBotApiRequest>>(all =>
        {
            var matching = all.Where(r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase) && (predicate?.Invoke(r) ?? true)).ToList();
            return matching.Count >= count ? matching : null;
        }, $"{count} {method} request(s)", timeout);

    private async Task<T> WaitUntilAsync<T>(Func<IReadOnlyList<FakeBotApiRequest>, T?> probe, string what, TimeSpan? timeout) where T : class
    {
        using var deadline = new CancellationTokenSource(timeout ?? DefaultWaitTimeout);
        while (true)
        {
            Task signal;
            lock (gate)
            {
                if (probe(requests) is { } found) return found;
                signal = changed.Task;
            }
            try
            {
                await signal.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                var seen = string.Join(", ", Requests.Select(r => r.Failure is null ? r.Method : $"{r.Method}(failed {r.Failure.StatusCode})"));
                throw new TimeoutException($"Waited {timeout ?? DefaultWaitTimeout} for {what}; received: [{seen}]");
            }
        }
    }

    private int NextMessageId()
    {
        lock (gate) return nextMessageId++;
    }

    private void SignalLocked()
    {
        var previous = changed;
        changed = NewSignal();
        previous.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task AcceptLoopAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                continue;
            }
            var task = Task.Run(() => ProcessAsync(context));
            lock (gate)
            {
                inFlight.RemoveAll(t => t.IsCompleted);
                inFlight.Add(task);
            }
        }
    }

    private async Task ProcessAsync(HttpListenerContext context)
    {
        try
        {
            var match = BotPath().Match(context.Request.Url?.AbsolutePath ?? "");
            if (!match.Success)
            {
                await RespondAsync(context, Error(404, "Not Found"));
                return;
            }
            if (match.Groups["token"].Value != Token)
            {
                await RespondAsync(context, Error(401, "Unauthorized"));
                return;
            }

            var method = match.Groups["method"].Value;
            var (parameters, files) = await ReadParametersAsync(context.Request);
            FakeFailure? failure;
            lock (gate)
                failure = failures.TryGetValue(method, out var queue) && queue.TryDequeue(out var next) ? next : null;

            var request = new FakeBotApiRequest(method, parameters, files, DateTimeOffset.UtcNow, failure);
            lock (gate)
            {
                requests.Add(request);
                SignalLocked();
            }

            if (failure is { Delay: var delay } && delay > TimeSpan.Zero)
                await Task.Delay(delay, stopping.Token);
            if (failure is { StatusCode: > 0 })
            {
                await RespondAsync(context, Error(failure.StatusCode, failure.Description, failure.RetryAfter));
                return;
            }

            (int Status, JsonObject Body) response;
            try
            {
                response = await ResultAsync(request);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A bug in a handler (ours or a test's): answer 500 so the client sees it, and keep it for the test to inspect.
                lock (gate) errors.Add(ex);
                response = Error(500, $"Fake Bot API failed: {ex.GetType().Name}: {ex.Message}");
            }
            await RespondAsync(context, response);
        }
        catch (Exception)
        {
            // The client gave up (time-out) or the server is stopping: nothing to answer.
            try { context.Response.Abort(); } catch (Exception) { }
        }
    }

    private async Task<(int Status, JsonObject Body)> ResultAsync(FakeBotApiRequest request)
    {
        if (string.Equals(request.Method, "getUpdates", StringComparison.OrdinalIgnoreCase))
            return (200, Ok(await GetUpdatesAsync(request)));

        if (StrictHtml && request.Method is "sendMessage" or "editMessageText"
            && string.Equals(request.ParseMode, "HTML", StringComparison.OrdinalIgnoreCase)
            && TelegramHtml.Problem(request.Text ?? "") is { } problem)
            return Error(400, problem);

        Func<FakeBotApiRequest, JsonNode?>? handler;
        lock (gate) handlers.TryGetValue(request.Method, out handler);
        return handler is null
            ? Error(404, "Not Found: method not found")
            : (200, Ok(handler(request) ?? JsonValue.Create(true)));
    }

    /// <summary>Telegram's semantics: an offset confirms every update below it; the call waits up to its timeout for one.</summary>
    private async Task<JsonNode> GetUpdatesAsync(FakeBotApiRequest request)
    {
        var offset = request.Long("offset") ?? 0;
        var limit = (int)Math.Clamp(request.Long("limit") ?? 100, 1, 100);
        var timeout = TimeSpan.FromSeconds(Math.Max(0, request.Long("timeout") ?? 0));
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
        deadline.CancelAfter(timeout < MaxLongPoll ? timeout : MaxLongPoll);

        while (true)
        {
            Task signal;
            lock (gate)
            {
                IEnumerable<(int Id, JsonObject Update)> batch;
                if (offset < 0)
                {
                    batch = pendingUpdates.TakeLast((int)-offset);
                }
                else
                {
                    pendingUpdates.RemoveAll(u => u.Id < offset);
                    batch = pendingUpdates;
                }
                var result = batch.Take(limit).Select(u => u.Update.DeepClone()).ToArray();
                if (result.Length > 0) return new JsonArray(result);
                signal = changed.Task;
            }
            try
            {
                await signal.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                return new JsonArray();
            }
        }
    }

    private void RegisterDefaultHandlers()
    {
        handlers["getMe"] = _ => BotUser();
        handlers["deleteWebhook"] = request =>
        {
            if (request.Bool("drop_pending_updates") == true)
                lock (gate) pendingUpdates.Clear();
            return null;
        };
        handlers["setMyCommands"] = _ => null;
        handlers["sendChatAction"] = _ => null;
        handlers["answerCallbackQuery"] = _ => null;
        handlers["sendMessage"] = request => SentMessage(request, request.Text);
        handlers["editMessageText"] = request => SentMessage(request, request.Text, (int?)request.Long("message_id"));
        handlers["sendDocument"] = request =>
        {
            var message = SentMessage(request, text: null);
            var file = request.Files.FirstOrDefault();
            message["document"] = new JsonObject
            {
                ["file_id"] = $"file-{message["message_id"]}",
                ["file_unique_id"] = $"unique-{message["message_id"]}",
                ["file_name"] = file?.FileName,
                ["mime_type"] = file?.ContentType,
                ["file_size"] = file?.Content.Length,
            };
            if (request.String("caption") is { } caption) message["caption"] = caption;
            return message;
        };
    }

    private JsonObject BotUser() => new()
    {
        ["id"] = BotId,
        ["is_bot"] = true,
        ["first_name"] = "Fake Bot",
        ["username"] = "fake_bot",
    };

    private JsonObject SentMessage(FakeBotApiRequest request, string? text, int? messageId = null)
    {
        var chatId = request.ChatId ?? 0;
        var message = new JsonObject
        {
            ["message_id"] = messageId ?? NextMessageId(),
            ["from"] = BotUser(),
            ["chat"] = FakeUpdates.Chat(chatId),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        };
        // Telegram returns the text after parsing; the raw HTML is close enough for a client that only reads ids.
        if (text is not null) message["text"] = text;
        if (request["reply_markup"] is JsonObject markup && markup.ContainsKey("inline_keyboard")) message["reply_markup"] = markup.DeepClone();
        return message;
    }

    private static JsonObject Ok(JsonNode result) => new() { ["ok"] = true, ["result"] = result };

    private static (int Status, JsonObject Body) Error(int code, string description, int? retryAfter = null)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (retryAfter is { } seconds) body["parameters"] = new JsonObject { ["retry_after"] = seconds };
        return (code, body);
    }

    private static async Task RespondAsync(HttpListenerContext context, (int Status, JsonObject Body) response)
    {
        var bytes = Encoding.UTF8.GetBytes(response.Body.ToJsonString());
        context.Response.StatusCode = response.Status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private static async Task<(JsonObject Parameters, IReadOnlyList<FakeBotApiFile> Files)> ReadParametersAsync(HttpListenerRequest request)
    {
        var parameters = new JsonObject();
        foreach (var key in request.QueryString.AllKeys.OfType<string>())
            parameters[key] = FormValue(request.QueryString[key]);

        using var buffer = new MemoryStream();
        await request.InputStream.CopyToAsync(buffer);
        var body = buffer.ToArray();
        if (body.Length == 0) return (parameters, []);

        var contentType = request.ContentType ?? "";
        if (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            if (JsonNode.Parse(body) is JsonObject json)
                foreach (var (key, value) in json) parameters[key] = value?.DeepClone();
            return (parameters, []);
        }
        if (contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var (fields, files) = MultipartForm.Parse(body, contentType);
            foreach (var (key, value) in fields) parameters[key] = FormValue(value);
            return (parameters, files);
        }
        if (contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var pair in Encoding.UTF8.GetString(body).Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = pair.IndexOf('=');
                var key = WebUtility.UrlDecode(equals < 0 ? pair : pair[..equals]);
                parameters[key] = FormValue(equals < 0 ? "" : WebUtility.UrlDecode(pair[(equals + 1)..]));
            }
        }
        return (parameters, []);
    }

    /// <summary>Form fields carry nested objects (reply_markup) as JSON text; they are parsed so assertions look the same either way.</summary>
    private static JsonNode? FormValue(string? value)
    {
        if (value is null) return null;
        var trimmed = value.TrimStart();
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            try { return JsonNode.Parse(value); } catch (JsonException) { }
        }
        return JsonValue.Create(value);
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        if (stopping.IsCancellationRequested) return;
        await stopping.CancelAsync();
        lock (gate) SignalLocked();
        try { listener.Stop(); } catch (ObjectDisposedException) { }
        await acceptLoop;
        Task[] pending;
        lock (gate) pending = [.. inFlight];
        await Task.WhenAny(Task.WhenAll(pending), Task.Delay(TimeSpan.FromSeconds(2)));
        listener.Close();
        stopping.Dispose();
    }

    [GeneratedRegex(@"^/bot(?<token>[^/]+)/(?<method>[A-Za-z]+)/?$")]
    private static partial Regex BotPath();

    [GeneratedRegex(@"^\d+:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenShape();
}
