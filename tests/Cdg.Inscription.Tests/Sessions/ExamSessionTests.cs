using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Time;
using NodaTime;
using static Cdg.Inscription.Tests.Support.Scenario;

namespace Cdg.Inscription.Tests.Sessions;

public sealed class ExamSessionTests
{
    private static readonly Organiser Cdg53 = new("CDG53", "Centre de gestion de la Mayenne");

    private static ExamSession SessionWith(params PieceRequirement[] pieces) =>
        new("2023-REDACTEUR-INT", "Concours interne de rédacteur territorial 2023", ExamKind.InternalCompetition, Cdg53, Calendar(), pieces);

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void A_session_keeps_the_pieces_it_asks_for_in_the_order_given()
    {
        var session = Session();

        session.Pieces.Select(p => p.Code).Should().Equal(RegistrationForm, IdentityDocument, Diploma, ServiceRecord, Cv);
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void A_session_keeps_its_own_copy_of_the_list_of_pieces()
    {
        var pieces = new List<PieceRequirement> { new(IdentityDocument, "Pièce d'identité", PieceObligation.RequiredAtClosure) };
        var session = new ExamSession("2023-REDACTEUR-INT", "Concours interne", ExamKind.InternalCompetition, Cdg53, Calendar(), pieces);

        pieces.Add(new PieceRequirement(Cv, "Curriculum vitae", PieceObligation.Optional));

        session.Pieces.Should().ContainSingle().Which.Code.Should().Be(IdentityDocument);
        session.TryGetPiece(Cv, out _).Should().BeFalse();
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void The_same_piece_code_twice_is_refused()
    {
        var create = () => SessionWith(
            new PieceRequirement(IdentityDocument, "Pièce d'identité", PieceObligation.RequiredAtClosure),
            new PieceRequirement(IdentityDocument, "Carte nationale d'identité", PieceObligation.Optional));

        create.Should().Throw<ArgumentException>().WithParameterName("pieces").WithMessage("The piece 'identity-document' is listed twice.*");
    }

    [Fact]
    public void A_null_piece_is_refused()
    {
        var create = () => SessionWith(new PieceRequirement(IdentityDocument, "Pièce d'identité", PieceObligation.RequiredAtClosure), null!);

        create.Should().Throw<ArgumentException>().WithParameterName("pieces").WithMessage("A piece is null.*");
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void A_session_may_ask_for_no_piece()
    {
        SessionWith().Pieces.Should().BeEmpty();
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void A_requested_piece_is_found_by_its_code()
    {
        var session = Session();

        session.TryGetPiece(ServiceRecord, out var piece).Should().BeTrue();
        piece!.Code.Should().Be(ServiceRecord);
        piece.Label.Should().Be("État des services");
        piece.Obligation.Should().Be(PieceObligation.Deferrable);
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void A_piece_that_the_session_does_not_ask_for_is_not_found()
    {
        Session().TryGetPiece(NotRequested, out _).Should().BeFalse();
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void The_label_of_a_piece_is_its_French_label_or_its_code_when_the_session_does_not_ask_for_it()
    {
        var session = Session();

        session.LabelOf(IdentityDocument).Should().Be("Pièce d'identité");
        session.LabelOf(NotRequested).Should().Be("not-requested");
    }

    [Fact]
    [Trait("Rule", "DEAD-06")]
    [Trait("Rule", "PIECE-03")]
    public void A_deferrable_piece_without_its_own_due_date_is_due_by_the_first_exam()
    {
        var session = Session();
        session.TryGetPiece(ServiceRecord, out var serviceRecord).Should().BeTrue();

        var due = session.DueDateOf(serviceRecord!);

        due.Date.Should().Be(new LocalDate(2023, 6, 15));
        due.Should().Be(new Deadline(session.Calendar.FirstExam));
        due.End.Should().Be(Instant.FromUtc(2023, 6, 15, 22, 0));
    }

    [Fact]
    [Trait("Rule", "DEAD-06")]
    public void A_deferrable_piece_with_its_own_due_date_is_due_on_that_date()
    {
        var serviceRecord = new PieceRequirement(ServiceRecord, "État des services", PieceObligation.Deferrable, new LocalDate(2023, 5, 31));
        var session = SessionWith(serviceRecord);

        session.DueDateOf(serviceRecord).Date.Should().Be(new LocalDate(2023, 5, 31));
    }

    [Fact]
    [Trait("Rule", "DEAD-06")]
    public void A_deferrable_piece_may_be_due_after_the_first_exam_when_the_organiser_says_so()
    {
        var serviceRecord = new PieceRequirement(ServiceRecord, "État des services", PieceObligation.Deferrable, new LocalDate(2023, 7, 1));
        var session = SessionWith(serviceRecord);

        session.DueDateOf(serviceRecord).Date.Should().Be(new LocalDate(2023, 7, 1));
    }

    [Theory]
    [Trait("Rule", "DEAD-06")]
    [InlineData(PieceObligation.RequiredAtClosure)]
    [InlineData(PieceObligation.Optional)]
    public void A_piece_that_is_not_deferrable_is_due_by_the_filing_deadline(PieceObligation obligation)
    {
        var piece = new PieceRequirement(Diploma, "Diplôme ou titre", obligation);
        var session = SessionWith(piece);

        session.DueDateOf(piece).Should().Be(session.Calendar.FilingDeadline);
        session.DueDateOf(piece).End.Should().Be(Instant.FromUtc(2023, 4, 27, 22, 0));
    }

    [Fact]
    [Trait("Rule", "DEAD-06")]
    public void A_deferrable_piece_due_before_the_closing_date_is_refused()
    {
        var create = () => SessionWith(new PieceRequirement(ServiceRecord, "État des services", PieceObligation.Deferrable, new LocalDate(2023, 4, 26)));

        create.Should().Throw<ArgumentException>().WithParameterName("pieces").WithMessage("The piece 'service-record' is due before the closing date.*");
    }

    [Fact]
    [Trait("Rule", "DEAD-06")]
    public void A_deferrable_piece_due_on_the_closing_date_is_accepted()
    {
        var serviceRecord = new PieceRequirement(ServiceRecord, "État des services", PieceObligation.Deferrable, new LocalDate(2023, 4, 27));

        SessionWith(serviceRecord).DueDateOf(serviceRecord).Should().Be(new Deadline(new LocalDate(2023, 4, 27)));
    }

    [Fact]
    public void The_due_date_of_a_null_piece_is_a_programming_error()
    {
        var dueDateOf = () => Session().DueDateOf(null!);

        dueDateOf.Should().Throw<ArgumentNullException>().WithParameterName("piece");
    }

    [Fact]
    [Trait("Rule", "LIFE-04")]
    public void A_session_keeps_the_organiser_and_its_visibility_setting()
    {
        var session = Session(UnderReviewVisibility.FromNextDay);

        session.Organiser.Code.Should().Be("CDG53");
        session.Organiser.UnderReviewVisibility.Should().Be(UnderReviewVisibility.FromNextDay);
    }

    [Fact]
    public void A_session_keeps_its_code_title_kind_and_calendar_trimmed()
    {
        var session = new ExamSession("  2023-REDACTEUR-EXT ", " Concours externe de rédacteur territorial 2023  ", ExamKind.ExternalCompetition, Cdg53, Calendar(), []);

        session.Code.Should().Be("2023-REDACTEUR-EXT");
        session.Title.Should().Be("Concours externe de rédacteur territorial 2023");
        session.Kind.Should().Be(ExamKind.ExternalCompetition);
        session.Calendar.Should().Be(Calendar());
        session.ToString().Should().Be("Concours externe de rédacteur territorial 2023 (2023-REDACTEUR-EXT)");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_session_without_a_code_is_refused(string? code)
    {
        var create = () => new ExamSession(code!, "Concours interne", ExamKind.InternalCompetition, Cdg53, Calendar(), []);

        create.Should().Throw<ArgumentException>().WithParameterName("code");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\t")]
    public void A_session_without_a_title_is_refused(string? title)
    {
        var create = () => new ExamSession("2023-REDACTEUR-INT", title!, ExamKind.InternalCompetition, Cdg53, Calendar(), []);

        create.Should().Throw<ArgumentException>().WithParameterName("title");
    }

    [Fact]
    public void A_session_without_an_organiser_or_a_calendar_is_refused()
    {
        var noOrganiser = () => new ExamSession("C", "T", ExamKind.InternalCompetition, null!, Calendar(), []);
        var noCalendar = () => new ExamSession("C", "T", ExamKind.InternalCompetition, Cdg53, null!, []);

        noOrganiser.Should().Throw<ArgumentNullException>().WithParameterName("organiser");
        noCalendar.Should().Throw<ArgumentNullException>().WithParameterName("calendar");
    }
}
