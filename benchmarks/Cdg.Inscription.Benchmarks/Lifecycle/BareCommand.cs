using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Pieces;
using NodaTime;

namespace Cdg.Inscription.Benchmarks.Lifecycle;

/// <summary>The trigger parameter of the bare machine: what a command says, as a host would pass it to Stateless.</summary>
internal sealed class BareCommand
{
    internal BareCommand(BareStatelessDossier dossier, DossierTrigger trigger, Actor actor, Instant at, PieceCode? piece = null)
    {
        Dossier = dossier;
        Trigger = trigger;
        Actor = actor;
        At = at;
        Piece = piece;
    }

    internal BareStatelessDossier Dossier { get; }

    internal DossierTrigger Trigger { get; }

    internal Actor Actor { get; }

    internal Instant At { get; }

    internal PieceCode? Piece { get; }
}
