using System.Reflection;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Files;
using Cdg.Inscription.Tests.Support;

namespace Cdg.Inscription.Tests.Dossiers;

/// <summary>
/// A dossier stores only files that the inspector accepted (FILE-01): <see cref="Dossier.AddFile"/>
/// takes an <see cref="InspectedFile"/>, which only an accepted verdict gives.
/// </summary>
public sealed class InspectedFilesTests
{
    [Fact]
    [Trait("Rule", "FILE-01")]
    public async Task A_file_accepted_by_the_inspector_is_added_with_the_facts_read_from_its_content()
    {
        var dossier = Scenario.PreRegistered();
        var verdict = await new FileInspector().InspectAsync(
            Fixtures.Open("pdf-ghostscript-text.pdf"), "C:\\fakepath\\Diplôme.PDF", "application/pdf", TestContext.Current.CancellationToken);

        dossier.AddFile(Scenario.Diploma, verdict.File!, Scenario.Candidate, Scenario.Paris(2023, 4, 20));

        var held = dossier.FilesOf(Scenario.Diploma).Should().ContainSingle().Which.File;
        held.Should().Be(verdict.File!.Record);
        held.DisplayName.Should().Be("Diplôme.pdf");
        held.Type.Should().Be(FileType.Pdf);
        held.Size.Should().Be(Fixtures.Bytes("pdf-ghostscript-text.pdf").Length);
    }

    [Fact]
    [Trait("Rule", "FILE-01")]
    public void Only_an_accepted_verdict_makes_an_inspected_file_and_only_an_inspected_file_can_be_added()
    {
        typeof(InspectedFile).GetConstructors(BindingFlags.Public | BindingFlags.Instance).Should().BeEmpty();
        typeof(FileInspection).GetConstructors(BindingFlags.Public | BindingFlags.Instance).Should().BeEmpty();
        typeof(FileInspection).GetMethods(BindingFlags.Public | BindingFlags.Static).Should().BeEmpty();

        var addFile = typeof(Dossier).GetMethods().Where(m => m.Name is nameof(Dossier.AddFile) or nameof(Dossier.CheckAddFile));
        addFile.Should().HaveCount(2).And.OnlyContain(m => m.GetParameters()[1].ParameterType == typeof(InspectedFile));
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_refused_verdict_has_no_file_to_add()
    {
        var verdict = await new FileInspector().InspectAsync(
            Fixtures.Open("pdf-encrypted-rc4-user-password.pdf"), "releve.pdf", cancellationToken: TestContext.Current.CancellationToken);

        verdict.IsAccepted.Should().BeFalse();
        verdict.File.Should().BeNull();
    }
}
