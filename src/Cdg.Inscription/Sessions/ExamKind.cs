namespace Cdg.Inscription.Sessions;

/// <summary>The kind of competitive exam or professional exam that a session organises (PIECE-04).</summary>
public enum ExamKind
{
    /// <summary>Concours externe: open to candidates who hold the required diploma or its equivalence.</summary>
    ExternalCompetition,

    /// <summary>Concours interne: open to public employees with enough years of service.</summary>
    InternalCompetition,

    /// <summary>Troisième concours: open to candidates with professional or elected experience.</summary>
    ThirdCompetition,

    /// <summary>Examen professionnel: promotion exam for public employees already in a grade.</summary>
    ProfessionalExam,
}
