using Assistant.Ai;

namespace Assistant.Answers;

/// <summary>The fixed phrases of model answers, in English and Chinese.</summary>
internal static class AnswerTexts
{
    /// <summary>What the prompt tells the model to return when the talks do not answer the question.</summary>
    public const string DeclineMarker = "NOT_IN_PROGRAM";

    public static string Decline(ReplyLanguage l) => l.IsChinese ? "节目册中没有提到。" : "The program doesn't say.";

    public static string TimeoutNotice(ReplyLanguage l) => l.IsChinese
        ? "语言模型未能及时回答；以下是节目搜索的结果。"
        : "The language model didn't answer in time; here is what the program search found.";

    public static string ErrorNotice(ReplyLanguage l) => l.IsChinese
        ? "语言模型暂时不可用；以下是节目搜索的结果。"
        : "The language model is unavailable right now; here is what the program search found.";
}
