using Assistant.ProgramData;
using Assistant.ProgramData.Book;

namespace Assistant.Tests.ProgramData;

public sealed class AbstractBookParserTests
{
    private static readonly AbstractBook Book = RealProgram.Book;

    [Fact]
    public void Real_book_has_66_talks_of_which_64_are_coded_and_2_plenaries()
    {
        Assert.Equal(66, Book.Talks.Count);
        Assert.Equal(64, Book.Talks.Count(t => !t.IsPlenary));
        Assert.Equal(["P1", "P2"], Book.Talks.Where(t => t.IsPlenary).Select(t => t.Code));
        Assert.Equal(Book.Talks.Count, Book.Talks.Select(t => t.Code).Distinct().Count());
    }

    [Fact]
    public void Coded_talks_come_out_in_ascending_code_order()
    {
        var codes = Book.Talks.Where(t => !t.IsPlenary).Select(t => Parse(t.Code)).ToList();

        Assert.Equal(codes.Order(), codes);
    }

    [Fact]
    public void Ocr_damaged_codes_are_repaired_and_the_damaged_forms_are_gone()
    {
        var codes = Book.Talks.Select(t => t.Code).ToHashSet();

        Assert.Contains("A1-1", codes);
        Assert.Contains("A1-4", codes);
        Assert.Contains("A4-2", codes);
        Assert.DoesNotContain("Al-1", codes);
        Assert.DoesNotContain("Al-4", codes);
        Assert.DoesNotContain("Ad-2", codes);
        Assert.Equal("Al-1", RealProgram.Talk("A1-1").PrintedCode);
        Assert.Equal("Ad-2", RealProgram.Talk("A4-2").PrintedCode);
        Assert.Equal("Learning geodesics under spherical WFR metric and its application to generation of weighted samples",
            RealProgram.Talk("A4-2").Title);
        Assert.Equal(3, Book.Warnings.Count(w => w.Problem.Contains("OCR-damaged")));
    }

    [Fact]
    public void Plenaries_take_their_titles_from_the_first_two_lines_and_P2_the_labelled_abstract()
    {
        var p1 = RealProgram.Talk("P1");
        var p2 = RealProgram.Talk("P2");

        Assert.Equal("\"Simple\" implicit regularizations in deep learning", p1.Title);
        Assert.True(p1.AbstractIsNoise);
        Assert.Equal("L2 is not the right loss for PINN when solving nonlinear PDE", p2.Title);
        Assert.StartsWith("The Physics-Informed Neural Network (PINN) approach", p2.Abstract);
        Assert.EndsWith("empirically demonstrated through experiments.", p2.Abstract);
        Assert.False(p2.AbstractIsNoise);
    }

    [Theory]
    [InlineData("B4-2", "Near-Optimal Bounds for Generalized Orthogonal Procrustes Problem via Generalized Power Method")]
    [InlineData("A4-3", "PROXIMAL POINT METHODS FOR COMPUTING (UN-)BALANCED WASSERSTEIN DISTANCE")]
    [InlineData("C2-1", "DeepMMnet for hypersonics: Predicting the coupled flow and finite-rate chemistry behind a normal shock using neural-network approximation of operators")]
    [InlineData("B5-3", "Functional tensor network solving many-body Schrddinger equation and multi-variable differential equations")]
    [InlineData("A2-2", "Neural Network Weights Do Not Converge to Stationary Points: An Invariant Measure Perspective")]
    [InlineData("B2-4", "Weak Adversarial Networks: A Deep Learning Framework for Solving High Dimensional Inverse Problems")]
    [InlineData("B3-2", "Decentralized Optimization Over the Stiefel Manifold by an Approximate Augmented Lagrangian Function")]
    [InlineData("C1-2", "\\texttt{Para-CFlows } : ECk&-universal Diffeomorphism Approximators as Superior Neural Surrogates")]
    [InlineData("C2-4", "Learning Thermodynamically Stable and Galilean Invariant Partial Differential Equations for Non-Equilibrium Flows")]
    [InlineData("C4-2", "A non-gradient method for solving elliptic partial differential equations with deep neural networks")]
    [InlineData("C4-3", "Deep learning-based method for solving incompressible Navier-Stokes equation and Chan-Hilliard equation")]
    [InlineData("D1-1", "Random Matrix Methods for Machine Learning: “Lossless”’Compression of Large Neural Networks")]
    [InlineData("D3-1", "Improving Symbolic Regression for Predicting Materials Properties with Iterative Variable Selection")]
    public void Titles_continued_on_the_next_line_are_complete(string code, string title) =>
        Assert.Equal(title, RealProgram.Talk(code).Title);

    [Theory]
    [InlineData("A3-2", "A stochastic three-block splitting algorithm and its application to quantized deep neural networks", "TRANBE, LIESCIER")]
    [InlineData("C3-2", "THOR, Trace-based Hardware-driven layer-ORiented Natural Gradient Descent Computation", "ol ¢ RN")]
    [InlineData("B4-1", "Random feature method for solving PDES", "Brai, T EBEEHOR R")]
    [InlineData("D1-4", "Nonparametric Estimation of the Continuous Treatment Effect with Measurement Error", "KB E AR")]
    public void Speaker_line_right_under_a_title_is_not_taken_for_a_continuation(string code, string title, string speakerLine)
    {
        var talk = RealProgram.Talk(code);

        Assert.Equal(title, talk.Title);
        Assert.Equal(speakerLine, talk.SpeakerLine);
    }

    [Theory]
    [InlineData("A2-4")]
    [InlineData("A4-4")]
    [InlineData("A5-4")]
    [InlineData("B1-3")]
    [InlineData("B5-2")]
    [InlineData("B6-2")]
    [InlineData("C1-3")]
    public void Garbled_titles_are_kept_and_flagged_as_noise(string code)
    {
        var talk = RealProgram.Talk(code);

        Assert.True(talk.TitleIsNoise);
        Assert.NotEmpty(talk.Title);
        Assert.True(talk.AbstractIsNoise);
    }

    [Fact]
    public void Readable_titles_are_not_flagged_as_noise()
    {
        var flagged = Book.Talks.Where(t => t.TitleIsNoise).Select(t => t.Code).Order().ToList();

        Assert.Equal(["A2-4", "A4-4", "A5-4", "B1-3", "B5-2", "B6-2", "C1-3"], flagged);
        Assert.Equal("PINN f5:305 H Ba U IE R4k", RealProgram.Talk("A2-4").Title);
    }

    [Theory]
    [InlineData("A1-1")] // garbled Chinese, no "Abstract:" marker
    [InlineData("C5-1")] // no abstract at all
    [InlineData("D2-1")]
    public void Missing_or_garbled_abstracts_are_flagged(string code) =>
        Assert.True(RealProgram.Talk(code).AbstractIsNoise);

    [Fact]
    public void C4_1_keeps_its_raw_speaker_line_and_the_legible_affiliation()
    {
        var talk = RealProgram.Talk("C4-1");

        Assert.Equal("DeePN2: A deep learning-based non-Newtonian hydrodynamic model", talk.Title);
        Assert.Contains("Michigan State University", talk.SpeakerLine);
        var speaker = Assert.Single(talk.Speakers);
        Assert.Equal("Michigan State University", speaker.Affiliation);
    }

    [Fact]
    public void Garbled_speaker_lines_yield_no_speakers()
    {
        Assert.Empty(RealProgram.Talk("B4-1").Speakers); // "Brai, T EBEEHOR R": one word-shaped token is no name
        Assert.Equal(["C4-1"], Book.Talks.Where(t => t.Speakers.Count > 0).Select(t => t.Code));
    }

    [Fact]
    public void Abstracts_run_over_page_breaks_and_blank_lines_to_their_end()
    {
        var b21 = RealProgram.Talk("B2-1").Abstract;
        Assert.Contains("approximating its minimizer by standard fully connected deep neural networks. The approximation error", b21);
        Assert.EndsWith("to show robustness of the method.", b21);

        var c44 = RealProgram.Talk("C4-4").Abstract;
        Assert.Contains("with the classical numerical methods is a challenge task.", c44);
        Assert.Contains("introducing time-dependent input", c44);
        Assert.EndsWith("by the changes of prediction at different iterations in this paper.", c44);

        var b64 = RealProgram.Talk("B6-4").Abstract;
        Assert.Contains("reproducing a sequence of locations after a delay.", b64);
    }

    [Fact]
    public void Abstract_marker_is_stripped_and_hyphenated_line_ends_are_joined()
    {
        var a52 = RealProgram.Talk("A5-2").Abstract;

        Assert.StartsWith("Neural networks (NNs) are currently changing", a52);
        Assert.Contains("inverse and ill-posed problems", a52);
        Assert.Contains("infinite-dimensional function spaces", a52);
        Assert.DoesNotContain("Abstract:", string.Concat(Book.Talks.Select(t => t.Abstract)));
    }

    [Theory]
    [InlineData("B2-4", "(Georgia Tech.)")]
    [InlineData("B3-4", "on matrix manifolds.")]
    [InlineData("B4-4", "in graph matching problem.")]
    [InlineData("B6-4", "underlies sequence working memory.")]
    [InlineData("C1-5", "improves the Al codec algorithms.")]
    [InlineData("C3-4", "and the cost of sampling.")]
    public void Garbled_session_headings_after_an_abstract_are_dropped(string code, string ending) =>
        Assert.EndsWith(ending, RealProgram.Talk(code).Abstract);

    [Fact]
    public void Sessions_follow_from_the_codes()
    {
        var sessions = Book.Talks.Where(t => !t.IsPlenary).GroupBy(t => t.SessionCode)
            .ToDictionary(g => g.Key, g => g.Select(t => t.Code).ToList());

        Assert.Equal(20, sessions.Count);
        Assert.Equal(["A4-1", "A4-2", "A4-3", "A4-4"], sessions["A4"]);
        Assert.Equal(["A1-1", "A1-4"], sessions["A1"]);
        Assert.Equal(["C1-2", "C1-3", "C1-4", "C1-5"], sessions["C1"]);
        Assert.Equal("P1", RealProgram.Talk("P1").SessionCode);
    }

    [Fact]
    public void Header_lines_are_reported_with_their_book_line()
    {
        Assert.Equal(16, RealProgram.Talk("A1-1").Line);
        Assert.Equal(140, RealProgram.Talk("A4-2").Line);
        Assert.Equal(634, RealProgram.Talk("C4-1").Line);
        Assert.Contains(Book.Warnings, w => w.Line == 140 && w.ToString().StartsWith("data/abstract-book.txt:140:"));
    }

    [Fact]
    public void Synthetic_book_with_damaged_code_continuation_and_noise()
    {
        const string text = """
            A1-1 First talk
            XYZ, QWRT
            Abstract: Something readable about learning.
             A1-2 A title that goes on and on about neural
            networks and their training
            RR, TTX
            Abstract: We study the training of networks.
            Over a page break the abstract continues here.
            AI-3 Another title
            KK, LL
            Abstract: Readable text about optimization.
            """;

        var book = AbstractBookParser.Parse(text, "book.txt");

        Assert.Equal(["A1-1", "A1-2", "A1-3"], book.Talks.Select(t => t.Code));
        Assert.Equal("A title that goes on and on about neural networks and their training", book.Talks[1].Title);
        Assert.Equal("RR, TTX", book.Talks[1].SpeakerLine);
        Assert.Equal("We study the training of networks. Over a page break the abstract continues here.", book.Talks[1].Abstract);
        Assert.Equal("AI-3", book.Talks[2].PrintedCode);
        Assert.Equal(9, book.Talks[2].Line);
    }

    [Fact]
    public void Legible_speaker_line_is_not_a_title_continuation_and_fills_speakers()
    {
        const string text = """
            A1-1 Learning operators for partial differential equations

            Zihan Zhang, Michigan State University

            Abstract: We learn solution operators from data.
            """;

        var talk = Assert.Single(AbstractBookParser.Parse(text, "book.txt").Talks);

        Assert.Equal("Learning operators for partial differential equations", talk.Title);
        Assert.Equal("Zihan Zhang, Michigan State University", talk.SpeakerLine);
        Assert.Equal([new Speaker("Zihan Zhang", "Michigan State University")], talk.Speakers);
    }

    [Fact]
    public void Title_continuation_after_a_blank_line_is_joined()
    {
        const string text = """
            B4-2 Near-Optimal Bounds for Generalized Orthogonal Procrustes

            Problem via Generalized Power Method

            BETy, Ligas)Ry

            Abstract: Given multiple point clouds.
            """;

        var talk = Assert.Single(AbstractBookParser.Parse(text, "book.txt").Talks);

        Assert.Equal("Near-Optimal Bounds for Generalized Orthogonal Procrustes Problem via Generalized Power Method", talk.Title);
        Assert.Equal("BETy, Ligas)Ry", talk.SpeakerLine);
        Assert.Empty(talk.Speakers);
    }

    private static TalkCode Parse(string code) => TalkCode.TryParse(code, out var c) ? c : throw new InvalidOperationException(code);
}
