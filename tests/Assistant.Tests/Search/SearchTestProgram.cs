using Assistant.ProgramData;

namespace Assistant.Tests.Search;

/// <summary>Small hand-made programs for search tests, shaped like the shipped abstract book.</summary>
internal static class SearchTestProgram
{
    private static readonly DateTimeOffset Day1 = new(2026, 12, 5, 0, 30, 0, TimeSpan.Zero);

    public static Talk Talk(string code, string title, string @abstract, string speakerLine = "", params Speaker[] speakers)
    {
        var session = code.Split('-')[0];
        var plenary = !code.Contains('-');
        var slot = plenary ? 0 : int.Parse(code.Split('-')[1]);
        var start = Day1.AddMinutes(30 * slot);
        return new Talk(
            Id: "t-" + code.ToLowerInvariant(), Code: code, Title: title, Abstract: @abstract, SpeakerLine: speakerLine,
            Speakers: speakers, SessionCode: plenary ? "P" : session, Day: 1, Room: plenary ? "Main Hall" : "Room 1",
            Start: start, End: start.AddMinutes(30)) { IsPlenary = plenary };
    }

    public static ConferenceProgram Program(params Talk[] talks)
    {
        var sessions = talks.GroupBy(t => t.SessionCode)
            .Select(g => new Session(g.Key, "Session " + g.Key, 1, g.First().Room, g.Min(t => t.Start), g.Max(t => t.End)))
            .ToList();
        return new ConferenceProgram("Test conference", TimeZoneInfo.Utc, [new ConferenceDay(1, new DateOnly(2026, 12, 5))], sessions, talks);
    }

    public static readonly Talk Sinkhorn = Talk("A4-1", "Importance Sparsification for Sinkhorn Algorithm",
        "Sinkhorn algorithm has been used pervasively to approximate the solution to optimal transport (OT) and unbalanced " +
        "optimal transport problems. We propose a novel importance sparsification method, called Spar-Sink, to approximate " +
        "regularized OT distances efficiently, and construct a sparse kernel matrix to accelerate Sinkhorn iterations.",
        "王某, 中国人民大学");

    public static readonly Talk Proximal = Talk("A4-3", "Proximal Point Methods for Computing (Un-)Balanced Wasserstein Distance",
        "In this talk, we discuss a general model which unifies both balanced and unbalanced optimal transport problems. " +
        "Then we propose two sorts of fast and accurate proximal point algorithms to solve this generalized problem, " +
        "and a semismooth Newton method for the subproblem.");

    public static readonly Talk TensorReview = Talk("B5-1", "Revisit Tensor Networks Machine Learning Modeling",
        "The rich connection between machine learning and tensor networks was revealed in recent years. This talk will " +
        "provide a partial review of the interdisciplinary research between those two fields.");

    public static readonly Talk TensorSchrodinger = Talk("B5-3", "Functional tensor network solving many-body Schrödinger equation",
        "We propose the functional tensor network approach to solve the many-body Schrodinger equation and generally the " +
        "partial differential equations of many variables, with tensor contractions and an efficient gradient descent.");

    public static readonly Talk Polymer = Talk("C4-1", "DeePN2: A deep learning-based non-Newtonian hydrodynamic model",
        "A long-standing problem in the modeling of non-Newtonian hydrodynamics of polymeric flows is the availability " +
        "of reliable and interpretable hydrodynamic models that faithfully encode the micro-scale polymer dynamics.",
        "黄磊, Michigan State University", new Speaker("Lei Huang", "Michigan State University"));

    public static readonly Talk KalmanTitle = Talk("B2-1", "Kalman Filters for Weather Data Assimilation",
        "We review sequential data assimilation for numerical weather prediction and discuss localisation of " +
        "the covariance in large ensembles.");

    // Mentions the Kalman filter often, but only in its abstract.
    public static readonly Talk KalmanAbstract = Talk("B2-2", "Low-rank Methods for Bayesian Inverse Problems",
        "The posterior can often be approximated by the ensemble Kalman filter or the extended Kalman filter. We propose " +
        "a randomized low-rank Kalman filter that reduces the cost of the ensemble Kalman filter.");

    public static readonly Talk Plenary = Talk("P1", "\"Simple\" implicit regularizations in deep learning",
        "Why do over-parameterised networks generalise? We study the implicit bias of gradient descent.");

    public static readonly Talk Noise = Talk("A4-4", "JARFISTETE X5 B IR A H LA", "WE. CERENLE I HRE, DL") with
    {
        TitleIsNoise = true,
        AbstractIsNoise = true,
    };

    public static ConferenceProgram Standard() => Program(
        Plenary, Sinkhorn, Proximal, Noise, KalmanTitle, KalmanAbstract, TensorReview, TensorSchrodinger, Polymer);
}

/// <summary>A program provider the test can swap, raising <see cref="Changed"/> as the real one does after a reload.</summary>
internal sealed class SwappableProgramProvider(ConferenceProgram initial) : IProgramProvider
{
    private ConferenceProgram _current = initial;

    public ConferenceProgram Current => Volatile.Read(ref _current);

    public event EventHandler<ProgramChangedEventArgs>? Changed;

    public void Replace(ConferenceProgram next)
    {
        var previous = Interlocked.Exchange(ref _current, next);
        Changed?.Invoke(this, new ProgramChangedEventArgs(previous, next));
    }
}
