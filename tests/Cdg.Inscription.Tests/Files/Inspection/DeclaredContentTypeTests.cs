using Cdg.Inscription.Files;
using Cdg.Inscription.Files.Inspection;

namespace Cdg.Inscription.Tests.Files.Inspection;

/// <summary>
/// The content type that a browser declared contradicts the content (FILE-02) only when it is a
/// well-formed <c>type/subtype</c> of RFC 6838's restricted names that names another type; every
/// name that browsers give to PDF and JPEG agrees with its content.
/// </summary>
public sealed class DeclaredContentTypeTests
{
    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData("image/zz", "image/zz")]
    [InlineData("image/0a", "image/0a")]
    [InlineData("image/9a", "image/9a")]
    [InlineData("image/a!#", "image/a!#")]
    [InlineData("image/a$&", "image/a$&")]
    [InlineData("image/a-^", "image/a-^")]
    [InlineData("image/a_.+", "image/a_.+")]
    [InlineData("Image/SVG+XML; charset=utf-8", "image/svg+xml")]
    [InlineData(" text/html ", "text/html")]
    public void A_well_formed_type_of_another_kind_contradicts_and_is_shown_in_lowercase_without_parameters(string declared, string shown)
    {
        DeclaredContentType.Contradiction(declared, FileType.Pdf).Should().Be(shown);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData("/png")]
    [InlineData("image/")]
    [InlineData("-x/png")]
    [InlineData("image/-png")]
    [InlineData("image/p@g")]
    [InlineData("image/p g")]
    [InlineData("ima%ge/png")]
    [InlineData("image")]
    [InlineData(";charset=utf-8")]
    [InlineData("")]
    [InlineData(null)]
    public void A_type_that_cannot_be_read_says_nothing(string? declared)
    {
        DeclaredContentType.Contradiction(declared, FileType.Pdf).Should().BeNull();
        DeclaredContentType.Contradiction(declared, FileType.Jpeg).Should().BeNull();
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void A_part_longer_than_64_characters_cannot_be_read()
    {
        DeclaredContentType.Contradiction("image/" + new string('x', 64), FileType.Pdf).Should().Be("image/" + new string('x', 64));
        DeclaredContentType.Contradiction("image/" + new string('x', 65), FileType.Pdf).Should().BeNull();
        DeclaredContentType.Contradiction(new string('x', 65) + "/png", FileType.Pdf).Should().BeNull();
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData("application/pdf")]
    [InlineData("application/x-pdf")]
    [InlineData("application/acrobat")]
    [InlineData("application/vnd.pdf")]
    [InlineData("applications/vnd.pdf")]
    [InlineData("text/pdf")]
    [InlineData("text/x-pdf")]
    public void Every_name_of_PDF_agrees_with_a_PDF_and_contradicts_a_JPEG(string declared)
    {
        DeclaredContentType.Contradiction(declared, FileType.Pdf).Should().BeNull();
        DeclaredContentType.Contradiction(declared.ToUpperInvariant(), FileType.Jpeg).Should().Be(declared);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData("image/jpeg")]
    [InlineData("image/jpg")]
    [InlineData("image/pjpeg")]
    [InlineData("image/jpe")]
    [InlineData("image/pipeg")]
    [InlineData("image/x-citrix-jpeg")]
    public void Every_name_of_JPEG_agrees_with_a_JPEG_and_contradicts_a_PDF(string declared)
    {
        DeclaredContentType.Contradiction(declared, FileType.Jpeg).Should().BeNull();
        DeclaredContentType.Contradiction(declared.ToUpperInvariant(), FileType.Pdf).Should().Be(declared);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData("application/octet-stream")]
    [InlineData("binary/octet-stream")]
    [InlineData("application/binary")]
    [InlineData("application/unknown")]
    [InlineData("application/download")]
    [InlineData("application/x-download")]
    [InlineData("application/force-download")]
    public void A_generic_type_says_nothing_about_either_content(string declared)
    {
        DeclaredContentType.Contradiction(declared, FileType.Pdf).Should().BeNull();
        DeclaredContentType.Contradiction(declared, FileType.Jpeg).Should().BeNull();
    }
}
