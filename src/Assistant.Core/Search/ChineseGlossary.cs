using System.Text;

namespace Assistant.Search;

/// <summary>
/// The abstracts are English, while many attendees ask in Chinese ("有关于最优传输的报告吗？"). Offline there is no
/// translator, so the field's common terms are mapped to their English words and every other Han character is
/// dropped: a Chinese question about a known topic finds its talks, and one about anything else is declined as before.
/// </summary>
internal static class ChineseGlossary
{
    // Longest first, so that 图神经网络 is read before 神经网络 and 最优传输 before 优化.
    private static readonly (string Chinese, string English)[] Terms = new (string, string)[]
    {
        ("物理信息神经网络", "physics-informed neural network"), ("生成对抗网络", "generative adversarial network"),
        ("偏微分方程", "partial differential equation"), ("图神经网络", "graph neural network"),
        ("分子动力学", "molecular dynamics"), ("蒙特卡洛", "Monte Carlo"), ("蒙特卡罗", "Monte Carlo"),
        ("微分方程", "differential equation"), ("最优传输", "optimal transport"), ("最优输运", "optimal transport"),
        ("张量网络", "tensor network"), ("深度学习", "deep learning"), ("神经网络", "neural network"),
        ("机器学习", "machine learning"), ("强化学习", "reinforcement learning"), ("联邦学习", "federated learning"),
        ("生成模型", "generative model"), ("扩散模型", "diffusion model"), ("随机矩阵", "random matrix"),
        ("梯度下降", "gradient descent"), ("自动驾驶", "autonomous driving"), ("反问题", "inverse problem"),
        ("贝叶斯", "Bayesian"), ("去中心化", "decentralized"), ("分布式", "distributed"), ("薛定谔", "Schrodinger"),
        ("高超声速", "hypersonic"), ("特征值", "eigenvalue"), ("正则化", "regularization"), ("最优化", "optimization"),
        ("优化", "optimization"), ("成像", "imaging"), ("图像", "image"), ("压缩", "compression"), ("量子", "quantum"),
        ("流形", "manifold"), ("稀疏", "sparse"), ("低秩", "low-rank"), ("矩阵", "matrix"), ("随机", "stochastic"),
        ("收敛", "convergence"), ("对抗", "adversarial"), ("算子", "operator"), ("统计", "statistics"),
        ("因果", "causal"), ("流体", "fluid"), ("采样", "sampling"), ("变分", "variational"), ("注意力", "attention"),
        ("泛化", "generalization"), ("逼近", "approximation"), ("近似", "approximation"), ("训练", "training"),
        ("多体", "many-body"), ("鞍点", "saddle point"), ("蛋白质", "protein"), ("核方法", "kernel"),
    }.OrderByDescending(t => t.Item1.Length).ToArray();

    /// <summary>The text with known Chinese terms replaced by their English words and any other Han character removed.</summary>
    public static string Translate(string text)
    {
        if (!text.Any(IsHan))
            return text;
        foreach (var (chinese, english) in Terms)
            text = text.Replace(chinese, $" {english} ", StringComparison.Ordinal);
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
            kept.Append(IsHan(c) ? ' ' : c);
        return kept.ToString();
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
