using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Assistant.Bench;

/// <summary>
/// A minimal Bot API on 127.0.0.1 that answers every sendMessage with ok, for measuring the dispatcher without Telegram.
/// Counts requests; handles them concurrently.
/// </summary>
internal sealed class LoopbackBotApi : IAsyncDisposable
{
    private static readonly byte[] Ok = Encoding.UTF8.GetBytes(
        """{"ok":true,"result":{"message_id":1,"date":1779321600,"chat":{"id":1,"type":"private"},"text":"ok"}}""");

    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _requests;

    public LoopbackBotApi()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";
    public long Requests => Interlocked.Read(ref _requests);

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (_stop.IsCancellationRequested) { return; }
            catch (HttpListenerException) { return; }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            await context.Request.InputStream.CopyToAsync(Stream.Null);
            Interlocked.Increment(ref _requests);
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = Ok.Length;
            await context.Response.OutputStream.WriteAsync(Ok);
            context.Response.Close();
        }
        catch (Exception)
        {
            context.Response.Abort();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try { await _loop; } catch (Exception) { }
        _listener.Close();
        _stop.Dispose();
    }
}
