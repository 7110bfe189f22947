using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Sessions;

namespace Cdg.Inscription.Tests.Api;

/// <summary>The IDs that <see cref="DocIds"/> computes are those of the compiler's documentation file.</summary>
public sealed class DocIdsTests
{
    [Fact]
    public void A_method_with_a_constructed_generic_parameter_has_braces() =>
        DocIds.Of(typeof(Dossier).GetMethod(nameof(Dossier.Rehydrate), [typeof(ExamSession), typeof(IEnumerable<DossierEvent>)])!)
            .Should().Be("M:Cdg.Inscription.Dossiers.Dossier.Rehydrate(Cdg.Inscription.Sessions.ExamSession,System.Collections.Generic.IEnumerable{Cdg.Inscription.Dossiers.Events.DossierEvent})");

    [Fact]
    public void A_constructor_with_a_nullable_value_type_is_a_ctor_of_System_Nullable() =>
        DocIds.Of(typeof(AttachedFile).GetConstructors().Single())
            .Should().Be("M:Cdg.Inscription.Dossiers.AttachedFile.#ctor(Cdg.Inscription.Pieces.PieceCode,Cdg.Inscription.Files.FileRecord,NodaTime.Instant,System.Nullable{NodaTime.LocalDate})");

    [Fact]
    public void An_out_parameter_ends_with_an_at_sign() =>
        DocIds.Of(typeof(DossierNumber).GetMethod(nameof(DossierNumber.TryParse))!)
            .Should().Be("M:Cdg.Inscription.Dossiers.DossierNumber.TryParse(System.String,Cdg.Inscription.Dossiers.DossierNumber@)");

    [Fact]
    public void A_method_without_parameters_has_no_parentheses_and_a_property_is_P() =>
        (DocIds.Of(typeof(Dossier).GetMethod(nameof(Dossier.ToSnapshot))!), DocIds.Of(typeof(Dossier).GetProperty(nameof(Dossier.Status))!))
            .Should().Be(("M:Cdg.Inscription.Dossiers.Dossier.ToSnapshot", "P:Cdg.Inscription.Dossiers.Dossier.Status"));

    [Fact]
    public void Arrays_generic_methods_and_nested_generic_types_follow_the_compiler()
    {
        DocIds.Of(typeof(string).GetMethod(nameof(string.Join), [typeof(string), typeof(string[])])!)
            .Should().Be("M:System.String.Join(System.String,System.String[])");
        DocIds.Of(typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Select) && m.GetParameters()[1].ParameterType.GetGenericArguments().Length == 2))
            .Should().Be("M:System.Linq.Enumerable.Select``2(System.Collections.Generic.IEnumerable{``0},System.Func{``0,``1})");
        DocIds.Of(typeof(List<int>.Enumerator)).Should().Be("T:System.Collections.Generic.List`1.Enumerator");
        DocIds.Reference(typeof(Dictionary<string, int>.KeyCollection)).Should().Be("System.Collections.Generic.Dictionary{System.String,System.Int32}.KeyCollection");
        DocIds.Of(typeof(List<>).GetMethod(nameof(List<int>.Add))!).Should().Be("M:System.Collections.Generic.List`1.Add(`0)");
        DocIds.Reference(typeof(int[,])).Should().Be("System.Int32[0:,0:]");
    }

    [Fact]
    public void A_documented_base_type_covers_a_derived_exception_but_Exception_covers_nothing_else()
    {
        ApiDocumentation.Covers(["T:System.ArgumentException"], typeof(ArgumentNullException)).Should().BeTrue();
        ApiDocumentation.Covers(["T:System.ArgumentNullException"], typeof(ArgumentException)).Should().BeFalse();
        ApiDocumentation.Covers(["T:System.Exception"], typeof(InvalidOperationException)).Should().BeFalse();
        ApiDocumentation.Covers(["T:System.SystemException"], typeof(InvalidOperationException)).Should().BeFalse();
        ApiDocumentation.Covers(["T:System.Exception"], typeof(Exception)).Should().BeTrue();
    }

    [Fact]
    public void A_reflected_call_is_unwrapped_and_an_asynchronous_one_is_awaited()
    {
        var member = new ApiMember(typeof(Task).GetMethods().Single(m => m.Name == nameof(Task.FromException) && !m.IsGenericMethodDefinition), "M:System.Threading.Tasks.Task.FromException(System.Exception)");
        var invoke = () => member.Invoke(null, [new FormatException("no")]);

        invoke.Should().Throw<FormatException>().WithMessage("no");
    }
}
