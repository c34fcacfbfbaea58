using Assistant.Ai;

namespace Assistant.Summaries;

/// <summary>The fixed phrases of summary replies, in English and Chinese.</summary>
internal static class SummaryTexts
{
    public static string NoAbstract(ReplyLanguage l) => l.IsChinese
        ? "节目册中没有这个报告的可读摘要（缺失或扫描识别不清），所以无法总结。"
        : "The program has no readable abstract for this talk (it is missing or garbled by the scan), so there is nothing to summarise.";

    public static string NoAbstractShort(ReplyLanguage l) => l.IsChinese ? "（无可读摘要）" : "(no readable abstract)";

    public static string ExtractNote(ReplyLanguage l) => l.IsChinese
        ? "摘自报告摘要的关键句（未使用语言模型）。"
        : "Key sentences from the abstract (no language model used).";

    public static string ModelNote(ReplyLanguage l) => l.IsChinese ? "由语言模型根据摘要生成。" : "Written by a language model from the abstract.";

    public static string TimeoutNotice(ReplyLanguage l) => l.IsChinese
        ? "语言模型未能及时回答；以下是摘要中的关键句。"
        : "The language model didn't answer in time; here are the key sentences of the abstract.";

    public static string ErrorNotice(ReplyLanguage l) => l.IsChinese
        ? "语言模型暂时不可用；以下是摘要中的关键句。"
        : "The language model is unavailable; here are the key sentences of the abstract.";

    public static string ButtonLabel(ReplyLanguage l) => l.IsChinese ? "摘要" : "Summary";

    public static string CardButton(ReplyLanguage l) => l.IsChinese ? "报告详情" : "Talk card";

    public static string SessionHeading(ReplyLanguage l, string code, string title)
    {
        // Generated titles ("Session B3") would only repeat the code.
        var suffix = string.IsNullOrWhiteSpace(title) || title.Contains(code, StringComparison.OrdinalIgnoreCase) ? "" : " · " + title.Trim();
        return l.IsChinese ? $"分会场 {code}{suffix}" : $"Session {code}{suffix}";
    }

    public static string EmptySession(ReplyLanguage l, string code) => l.IsChinese ? $"分会场 {code} 没有报告。" : $"Session {code} has no talks.";

    public static string Usage(ReplyLanguage l) => l.IsChinese
        ? "用法：/summary <报告编号或分会场>，例如 /summary A4-3 或 /summary B3。"
        : "Usage: /summary <talk code or session>, e.g. /summary A4-3 or /summary B3.";

    public static string NotFound(ReplyLanguage l, string what) => l.IsChinese
        ? $"节目中没有报告或分会场“{what}”。"
        : $"There is no talk or session \"{what}\" in the program.";

    public static string TalkGone(ReplyLanguage l) => l.IsChinese ? "该报告已不在节目中。" : "That talk is no longer in the program.";

    public static string UntitledTalk(ReplyLanguage l) => l.IsChinese ? "（标题扫描识别不清）" : Conversation.TalkFormatter.GarbledTitle;
}
