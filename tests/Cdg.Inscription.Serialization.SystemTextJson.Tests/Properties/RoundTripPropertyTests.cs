using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Serialization.SystemTextJson.Tests.Support;
using Cdg.Inscription.Tests.Dossiers.Properties;
using Cdg.Inscription.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Cdg.Inscription.Serialization.SystemTextJson.Tests.Properties;

/// <summary>
/// Round trips at scale: the library's model-based generators (<see cref="DossierGenerators"/>) make
/// random scripts of every command, which <see cref="ScriptRunner"/> gives to a dossier; its history
/// then goes to JSON and back into <see cref="Dossier.Rehydrate(Sessions.ExamSession, IEnumerable{Dossiers.Events.DossierEvent})"/>.
/// </summary>
public class RoundTripPropertyTests
{
    [CappedProperty(3000)]
    [Trait("Rule", "LIFE-11")]
    public Property A_history_written_as_json_and_read_back_rebuilds_the_same_dossier_and_writes_the_same_bytes() =>
        Prop.ForAll(DossierGenerators.Scripts(), script =>
        {
            var dossier = ScriptRunner.Run(script);
            var session = script.Session;

            var json = DossierJson.WriteHistory(dossier.History);
            var rebuilt = DossierJson.RehydrateHistory(session, json);
            var fromRows = DossierJson.Rehydrate(session, DossierJson.ToStored(dossier.History));

            foreach (var copy in new[] { rebuilt, fromRows })
            {
                copy.Status.Should().Be(dossier.Status);
                copy.Version.Should().Be(dossier.Version);
                copy.ToSnapshot().Should().Be(dossier.ToSnapshot());
                copy.History.Should().Equal(dossier.History);
                foreach (var at in new[] { dossier.UpdatedAt, DossierGenerators.FirstExamEnds, DossierGenerators.AutumnNightEnds + Duration.FromDays(1) })
                {
                    SameChecklist(copy, dossier, at);
                }
            }

            DossierJson.WriteHistory(rebuilt.History).Should().Be(json, "writing the history read back gives the same bytes");
            DossierJson.WriteHistory(dossier.History).Should().Be(json, "writing twice gives the same bytes");
        });

    [CappedProperty(3000)]
    [Trait("Rule", "LIFE-11")]
    public Property A_snapshot_written_as_json_and_read_back_resumes_the_same_dossier_and_writes_the_same_bytes() =>
        Prop.ForAll(DossierGenerators.Scripts(), script =>
        {
            var dossier = ScriptRunner.Run(script);
            var session = script.Session;
            var half = dossier.Version / 2;
            var midway = half == 0 ? dossier.ToSnapshot() : Dossier.Rehydrate(session, dossier.History.Take((int)half)).ToSnapshot();

            var json = DossierJson.WriteSnapshot(midway);
            var resumed = DossierJson.Rehydrate(session, json, DossierJson.ToStored(dossier.EventsSince(midway.Version)));

            DossierJson.ReadSnapshot(json).Should().Be(midway);
            DossierJson.WriteSnapshot(DossierJson.ReadSnapshot(json)).Should().Be(json, "a snapshot read back writes the same bytes");
            resumed.ToSnapshot().Should().Be(dossier.ToSnapshot());
            resumed.Status.Should().Be(dossier.Status);
            resumed.Version.Should().Be(dossier.Version);
            SameChecklist(resumed, dossier, dossier.UpdatedAt);
        });

    [CappedProperty(150)]
    public Property What_the_code_writes_for_random_histories_and_snapshots_is_valid_against_the_schema() =>
        Prop.ForAll(DossierGenerators.Scripts(), script =>
        {
            var dossier = ScriptRunner.Run(script);

            StorageSchema.Errors(DossierJson.WriteHistory(dossier.History), "history").Should().BeEmpty();
            StorageSchema.Errors(DossierJson.WriteSnapshot(dossier.ToSnapshot()), "snapshot").Should().BeEmpty();
        });

    private static void SameChecklist(Dossier copy, Dossier original, Instant at)
    {
        var expected = original.ChecklistAt(at);
        var actual = copy.ChecklistAt(at);
        actual.Describe().Should().Equal(expected.Describe());
        actual.Items.Select(i => (i.Code, i.State, i.Obligation)).Should().Equal(expected.Items.Select(i => (i.Code, i.State, i.Obligation)));
        actual.Items.SelectMany(i => i.Files).Should().Equal(expected.Items.SelectMany(i => i.Files));
    }
}
