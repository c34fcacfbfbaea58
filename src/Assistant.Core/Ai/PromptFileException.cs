namespace Assistant.Ai;

/// <summary>A prompt file is missing or malformed; the message names the file so start-up failures are obvious.</summary>
public sealed class PromptFileException(string message, Exception? inner = null) : Exception(message, inner);
