using Cdg.Inscription.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cdg.Inscription.Tests.Dossiers.Properties;

/// <summary>
/// Random scripts of every command, by the candidate or by staff, at non-decreasing instants around
/// the deadlines, given to a dossier pre-registered with or without a declared situation: see <see cref="ScriptRunner"/> for what is
/// checked after every step and <see cref="DossierGenerators"/> for what is generated.
/// </summary>
public class LifecyclePropertyTests
{
    [CappedProperty(10_000)]
    [Trait("Rule", "LIFE-10")]
    [Trait("Rule", "LIFE-11")]
    [Trait("Rule", "LIFE-02")]
    [Trait("Rule", "LIFE-03")]
    [Trait("Rule", "LIFE-05")]
    [Trait("Rule", "LIFE-07")]
    [Trait("Rule", "LIFE-09")]
    [Trait("Rule", "PIECE-02")]
    [Trait("Rule", "PIECE-03")]
    [Trait("Rule", "PIECE-04")]
    [Trait("Rule", "PIECE-05")]
    [Trait("Rule", "SPACE-01")]
    [Trait("Rule", "DEAD-01")]
    [Trait("Rule", "DEAD-02")]
    [Trait("Rule", "DEAD-04")]
    [Trait("Rule", "DEAD-06")]
    public Property Every_command_is_applied_whole_or_refused_without_effect_and_the_invariants_always_hold() =>
        Prop.ForAll(DossierGenerators.Scripts(), script => { ScriptRunner.Run(script); });

    [CappedProperty(2000)]
    [Trait("Rule", "LIFE-07")]
    [Trait("Rule", "LIFE-09")]
    public Property Non_compliance_reasons_are_held_only_while_the_dossier_is_non_compliant_even_once_it_is_cancelled() =>
        Prop.ForAll(DossierGenerators.Scripts(), script => { ScriptRunner.Run(script, DossierInvariants.AssertReasonsOnlyWhileNonCompliant); });
}
