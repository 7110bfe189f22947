using Cdg.Inscription.Files;

namespace Cdg.Inscription.Tests.Files;

/// <summary>
/// The record of a file restored from storage (FILE-01): its constructor refuses what an inspected
/// file could never hold, it keeps the SHA-256 in lowercase, and two records are equal only when
/// every fact is.
/// </summary>
public sealed class FileRecordTests
{
    private static readonly Guid Id = new("6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e");
    private static readonly string Sha256 = new('a', 64);

    [Fact]
    [Trait("Rule", "FILE-01")]
    public void A_restored_record_keeps_its_facts_and_its_SHA_256_in_lowercase()
    {
        var record = new FileRecord(Id, "cv.pdf", FileType.Pdf, 1, "0123456789ABCDEF" + new string('F', 48));

        record.Id.Should().Be(Id);
        record.DisplayName.Should().Be("cv.pdf");
        record.Type.Should().Be(FileType.Pdf);
        record.Size.Should().Be(1);
        record.Sha256.Should().Be("0123456789abcdef" + new string('f', 48));
        record.ToString().Should().Be("cv.pdf (application/pdf, 1 octets)");
        new FileRecord(Id, "photo.jpg", FileType.Jpeg, 2048, Sha256).ToString().Should().Be("photo.jpg (image/jpeg, 2048 octets)");
    }

    [Fact]
    [Trait("Rule", "FILE-01")]
    public void A_record_without_an_ID_is_a_programming_error()
    {
        var restore = () => new FileRecord(Guid.Empty, "cv.pdf", FileType.Pdf, 10, Sha256);

        restore.Should().Throw<ArgumentException>().WithParameterName("id").WithMessage("The file needs an ID.*");
    }

    [Theory]
    [Trait("Rule", "FILE-01")]
    [InlineData("")]
    [InlineData("   ")]
    public void A_record_without_a_display_name_is_a_programming_error(string displayName)
    {
        var restore = () => new FileRecord(Id, displayName, FileType.Pdf, 10, Sha256);

        restore.Should().Throw<ArgumentException>().WithParameterName("displayName").WithMessage("The file needs a display name.*");
    }

    [Fact]
    [Trait("Rule", "FILE-01")]
    public void An_empty_file_cannot_be_restored()
    {
        var restore = () => new FileRecord(Id, "cv.pdf", FileType.Pdf, 0, Sha256);

        restore.Should().Throw<ArgumentException>().WithParameterName("size").WithMessage("A file holds at least one byte.*");
    }

    [Theory]
    [Trait("Rule", "FILE-01")]
    [InlineData(63, 'a')]
    [InlineData(65, 'a')]
    [InlineData(64, 'g')]
    [InlineData(64, 'G')]
    [InlineData(64, '@')]
    [InlineData(64, '/')]
    [InlineData(64, ':')]
    [InlineData(64, '`')]
    public void A_SHA_256_that_is_not_64_hexadecimal_digits_is_a_programming_error(int length, char digit)
    {
        var restore = () => new FileRecord(Id, "cv.pdf", FileType.Pdf, 10, new string(digit, length));

        restore.Should().Throw<ArgumentException>().WithParameterName("sha256").WithMessage("The SHA-256 is 64 hexadecimal digits.*");
    }

    [Theory]
    [Trait("Rule", "FILE-01")]
    [InlineData('0')]
    [InlineData('9')]
    [InlineData('a')]
    [InlineData('f')]
    [InlineData('A')]
    [InlineData('F')]
    public void Every_hexadecimal_digit_in_either_case_is_accepted(char digit)
    {
        new FileRecord(Id, "cv.pdf", FileType.Pdf, 10, new string(digit, 64)).Sha256.Should().Be(new string(char.ToLowerInvariant(digit), 64));
    }

    [Fact]
    [Trait("Rule", "FILE-01")]
    public void Two_records_are_equal_only_when_every_fact_is()
    {
        var record = new FileRecord(Id, "cv.pdf", FileType.Pdf, 10, Sha256);

        record.Should().Be(new FileRecord(Id, "cv.pdf", FileType.Pdf, 10, Sha256.ToUpperInvariant()));
        record.GetHashCode().Should().Be(new FileRecord(Id, "cv.pdf", FileType.Pdf, 10, Sha256).GetHashCode());
        record.Should().NotBe(new FileRecord(Guid.NewGuid(), "cv.pdf", FileType.Pdf, 10, Sha256));
        record.Should().NotBe(new FileRecord(Id, "cv2.pdf", FileType.Pdf, 10, Sha256));
        record.Should().NotBe(new FileRecord(Id, "cv.pdf", FileType.Jpeg, 10, Sha256));
        record.Should().NotBe(new FileRecord(Id, "cv.pdf", FileType.Pdf, 11, Sha256));
        record.Should().NotBe(new FileRecord(Id, "cv.pdf", FileType.Pdf, 10, new string('b', 64)));
        record.Equals((object)"cv.pdf").Should().BeFalse();
        record.Equals(null).Should().BeFalse();
    }
}
