using System.Text;
using Cdg.Inscription.Files;
using Cdg.Inscription.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cdg.Inscription.Tests.Files;

/// <summary>
/// The file name that the browser sent, cleaned for display (FILE-03): no folder part, no control,
/// bidirectional or invisible characters, NFC, no character or name that Windows refuses, a bounded
/// length and the content's extension; and a name whose extension contradicts the content, which
/// FILE-02 refuses.
/// </summary>
public sealed class DisplayNameTests
{
    [Theory]
    [Trait("Rule", "FILE-03")]
    [InlineData("cv.pdf", "cv.pdf")]
    [InlineData("Curriculum vitae 2024.pdf", "Curriculum vitae 2024.pdf")]
    [InlineData("diplôme-master.pdf", "diplôme-master.pdf")]
    [InlineData("C:\\fakepath\\cv.pdf", "cv.pdf")]
    [InlineData("C:\\Users\\Marie\\Documents\\cv.pdf", "cv.pdf")]
    [InlineData("/home/marie/documents/cv.pdf", "cv.pdf")]
    [InlineData("../../etc/passwd", "passwd.pdf")]
    [InlineData("dossier/sous-dossier\\cv.pdf", "cv.pdf")]
    [InlineData("C:\\fakepath\\", "document.pdf")]
    public void Only_what_follows_the_last_slash_or_backslash_is_kept(string browserName, string expected)
    {
        DisplayName.Clean(browserName, FileType.Pdf).Name.Should().Be(expected);
    }

    [Theory]
    [Trait("Rule", "FILE-03")]
    [InlineData("cv\u0000.pdf", "cv.pdf")]
    [InlineData("c\u0007v\u001B.pdf", "cv.pdf")]
    [InlineData("cv\u007F\u0085\u009B.pdf", "cv.pdf")]
    [InlineData("mon\u0085cv.pdf", "mon cv.pdf")]
    [InlineData("mon\tcv\r\n2024.pdf", "mon cv 2024.pdf")]
    [InlineData("mon    cv  \u00A0 2024.pdf", "mon cv 2024.pdf")]
    [InlineData("   cv.pdf   ", "cv.pdf")]
    [InlineData("cv.pdf...", "cv.pdf")]
    [InlineData("...cv.pdf", "cv.pdf")]
    [InlineData(". . cv . .", "cv.pdf")]
    [InlineData("c\u200Bv\u200C\u200D.pdf", "cv.pdf")]
    [InlineData("\uFEFFcv\u2060.pdf", "cv.pdf")]
    [InlineData("curri\u00ADculum.pdf", "curriculum.pdf")]
    [InlineData("cv\u200E\u200F.pdf", "cv.pdf")]
    [InlineData("\u202Acv\u202B\u202C\u202D.pdf", "cv.pdf")]
    [InlineData("\u2066cv\u2067\u2068\u2069.pdf", "cv.pdf")]
    public void Control_bidirectional_and_invisible_characters_are_removed_and_white_space_folded(string browserName, string expected)
    {
        DisplayName.Clean(browserName, FileType.Pdf).Name.Should().Be(expected);
    }

    [Fact]
    [Trait("Rule", "FILE-03")]
    public void A_lone_surrogate_is_removed()
    {
        var browserName = new string(['c', '\uD83D', 'v', '\uDE00', '.', 'p', 'd', 'f']);

        DisplayName.Clean(browserName, FileType.Pdf).Name.Should().Be("cv.pdf");
    }

    [Theory]
    [Trait("Rule", "FILE-03")]
    [InlineData("diplo\u0302me.pdf", "dipl\u00F4me.pdf")]
    [InlineData("releve\u0301 de notes.pdf", "relev\u00E9 de notes.pdf")]
    [InlineData("A\u030Angstro\u0308m.pdf", "\u00C5ngstr\u00F6m.pdf")]
    [InlineData("Franc\u0327ois.pdf", "Fran\u00E7ois.pdf")]
    public void A_decomposed_name_is_composed_to_NFC(string browserName, string expected)
    {
        var name = DisplayName.Clean(browserName, FileType.Pdf).Name;

        name.Should().Be(expected);
        name.IsNormalized(NormalizationForm.FormC).Should().BeTrue();
    }

    [Theory]
    [Trait("Rule", "FILE-03")]
    [InlineData("cv<1>.pdf", "cv_1_.pdf")]
    [InlineData("note: \"finale\".pdf", "note_ _finale_.pdf")]
    [InlineData("a|b?c*.pdf", "a_b_c_.pdf")]
    [InlineData("???", "___.pdf")]
    [InlineData("cv.p?f", "cv.p_f.pdf")]
    public void Characters_that_Windows_forbids_become_underscores(string browserName, string expected)
    {
        DisplayName.Clean(browserName, FileType.Pdf).Name.Should().Be(expected);
    }

    [Theory]
    [Trait("Rule", "FILE-03")]
    [InlineData("CON", "_CON.pdf")]
    [InlineData("con.pdf", "_con.pdf")]
    [InlineData("Con.PDF", "_Con.pdf")]
    [InlineData("PRN.pdf", "_PRN.pdf")]
    [InlineData("aux", "_aux.pdf")]
    [InlineData("nul.v2", "_nul.v2.pdf")]
    [InlineData("NUL .pdf", "_NUL.pdf")]
    [InlineData("COM1.pdf", "_COM1.pdf")]
    [InlineData("com9", "_com9.pdf")]
    [InlineData("LPT1.pdf", "_LPT1.pdf")]
    [InlineData("lpt9.scan", "_lpt9.scan.pdf")]
    [InlineData("COM\u00B9.pdf", "_COM\u00B9.pdf")]
    [InlineData("COM10.pdf", "COM10.pdf")]
    [InlineData("console.pdf", "console.pdf")]
    [InlineData("CONTRAT.pdf", "CONTRAT.pdf")]
    public void A_name_that_Windows_reserves_gets_a_leading_underscore(string browserName, string expected)
    {
        DisplayName.Clean(browserName, FileType.Pdf).Name.Should().Be(expected);
    }

    [Theory]
    [Trait("Rule", "FILE-03")]
    [InlineData("cv", FileType.Pdf, "cv.pdf")]
    [InlineData("cv.PDF", FileType.Pdf, "cv.pdf")]
    [InlineData("cv.Pdf", FileType.Pdf, "cv.pdf")]
    [InlineData("photo", FileType.Jpeg, "photo.jpg")]
    [InlineData("photo.JPG", FileType.Jpeg, "photo.jpg")]
    [InlineData("photo.jpeg", FileType.Jpeg, "photo.jpg")]
    [InlineData("photo.JPEG", FileType.Jpeg, "photo.jpg")]
    [InlineData("photo.jfif", FileType.Jpeg, "photo.jpg")]
    [InlineData("report.v2", FileType.Pdf, "report.v2.pdf")]
    [InlineData("scan.final", FileType.Pdf, "scan.final.pdf")]
    [InlineData("cv.v2", FileType.Jpeg, "cv.v2.jpg")]
    [InlineData("M. Dupont CV", FileType.Pdf, "M. Dupont CV.pdf")]
    [InlineData("rapport.docx.pdf", FileType.Pdf, "rapport.docx.pdf")]
    [InlineData(".pdf", FileType.Pdf, "document.pdf")]
    public void The_extension_is_the_contents_in_lowercase_and_a_harmless_one_is_kept_before_it(string browserName, FileType type, string expected)
    {
        var result = DisplayName.Clean(browserName, type);

        result.Name.Should().Be(expected);
        result.ContradictsContent.Should().BeFalse();
        result.ContradictingExtension.Should().BeNull();
        result.Refusal.Should().BeNull();
    }

    [Theory]
    [Trait("Rule", "FILE-03")]
    [InlineData(null, FileType.Pdf, "document.pdf")]
    [InlineData("", FileType.Pdf, "document.pdf")]
    [InlineData("   ", FileType.Pdf, "document.pdf")]
    [InlineData("...", FileType.Pdf, "document.pdf")]
    [InlineData(". . .", FileType.Jpeg, "document.jpg")]
    [InlineData("\u202E\u200B\u0000", FileType.Jpeg, "document.jpg")]
    [InlineData("", FileType.Jpeg, "document.jpg")]
    public void A_name_with_nothing_left_becomes_document(string? browserName, FileType type, string expected)
    {
        DisplayName.Clean(browserName, type).Name.Should().Be(expected);
    }

    [Fact]
    [Trait("Rule", "FILE-03")]
    public void A_name_too_long_is_cut_in_its_stem_to_120_characters()
    {
        var name = DisplayName.Clean(new string('a', 300) + ".pdf", FileType.Pdf).Name;

        name.Should().Be(new string('a', 116) + ".pdf");
    }

    [Fact]
    [Trait("Rule", "FILE-03")]
    public void A_name_too_long_without_extension_is_cut_before_the_extension_it_gets()
    {
        var name = DisplayName.Clean(new string('b', 300), FileType.Jpeg).Name;

        name.Should().Be(new string('b', 116) + ".jpg");
    }

    [Fact]
    [Trait("Rule", "FILE-03")]
    public void A_name_too_long_in_UTF_8_is_cut_to_255_bytes()
    {
        var name = DisplayName.Clean(new string('€', 100) + ".pdf", FileType.Pdf).Name;

        name.Should().Be(new string('€', 83) + ".pdf");
        Encoding.UTF8.GetByteCount(name).Should().Be(253);
    }

    [Fact]
    [Trait("Rule", "FILE-03")]
    public void A_name_of_emoji_is_cut_between_surrogate_pairs()
    {
        var emoji = "\U0001F600";
        var name = DisplayName.Clean(string.Concat(Enumerable.Repeat(emoji, 100)) + ".pdf", FileType.Pdf).Name;

        name.Should().Be(string.Concat(Enumerable.Repeat(emoji, 58)) + ".pdf");
        Encoding.UTF8.GetByteCount(name).Should().BeLessThanOrEqualTo(255);
        HasLoneSurrogate(name).Should().BeFalse();
    }

    [Fact]
    [Trait("Rule", "FILE-03")]
    public void A_name_cut_does_not_end_with_a_space_or_a_dot()
    {
        var name = DisplayName.Clean(new string('a', 115) + " . b.pdf", FileType.Pdf).Name;

        name.Should().Be(new string('a', 115) + ".pdf");
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData("cv.pdf.exe", FileType.Pdf, "cv.pdf", "exe", "Le nom du fichier « cv.pdf.exe » annonce un fichier .exe alors que son contenu est un document PDF : vérifiez que vous avez choisi le bon fichier, puis ajoutez-le de nouveau au format PDF ou JPEG.")]
    [InlineData("scan.jpg", FileType.Pdf, "scan.pdf", "jpg", "Le nom du fichier « scan.jpg » annonce un fichier .jpg alors que son contenu est un document PDF : vérifiez que vous avez choisi le bon fichier, puis ajoutez-le de nouveau au format PDF ou JPEG.")]
    [InlineData("facture.pdf", FileType.Jpeg, "facture.jpg", "pdf", "Le nom du fichier « facture.pdf » annonce un fichier .pdf alors que son contenu est une image JPEG : vérifiez que vous avez choisi le bon fichier, puis ajoutez-le de nouveau au format PDF ou JPEG.")]
    [InlineData("photo\u202Egpj.exe", FileType.Jpeg, "photogpj.jpg", "exe", "Le nom du fichier « photogpj.exe » annonce un fichier .exe alors que son contenu est une image JPEG : vérifiez que vous avez choisi le bon fichier, puis ajoutez-le de nouveau au format PDF ou JPEG.")]
    [InlineData("cv.exe\u0000.pdf", FileType.Pdf, "cv.exe.pdf", "exe", "Le nom du fichier « cv.exe.pdf » annonce un fichier .exe alors que son contenu est un document PDF : vérifiez que vous avez choisi le bon fichier, puis ajoutez-le de nouveau au format PDF ou JPEG.")]
    [InlineData("C:\\fakepath\\CV.EXE", FileType.Pdf, "CV.pdf", "exe", "Le nom du fichier « CV.EXE » annonce un fichier .exe alors que son contenu est un document PDF : vérifiez que vous avez choisi le bon fichier, puis ajoutez-le de nouveau au format PDF ou JPEG.")]
    [InlineData("photo.JPEG", FileType.Pdf, "photo.pdf", "jpeg", "Le nom du fichier « photo.JPEG » annonce un fichier .jpeg alors que son contenu est un document PDF : vérifiez que vous avez choisi le bon fichier, puis ajoutez-le de nouveau au format PDF ou JPEG.")]
    [InlineData("cv.exe.", FileType.Pdf, "cv.pdf", "exe", "Le nom du fichier « cv.exe » annonce un fichier .exe alors que son contenu est un document PDF : vérifiez que vous avez choisi le bon fichier, puis ajoutez-le de nouveau au format PDF ou JPEG.")]
    [InlineData(".exe", FileType.Pdf, "document.pdf", "exe", "Le nom du fichier « .exe » annonce un fichier .exe alors que son contenu est un document PDF : vérifiez que vous avez choisi le bon fichier, puis ajoutez-le de nouveau au format PDF ou JPEG.")]
    [InlineData("con.zip", FileType.Pdf, "_con.pdf", "zip", "Le nom du fichier « con.zip » annonce un fichier .zip alors que son contenu est un document PDF : vérifiez que vous avez choisi le bon fichier, puis ajoutez-le de nouveau au format PDF ou JPEG.")]
    public void A_name_whose_extension_contradicts_the_content_is_reported_with_a_refusal_in_French(
        string browserName, FileType type, string expectedName, string extension, string message)
    {
        var result = DisplayName.Clean(browserName, type);

        result.Name.Should().Be(expectedName);
        result.ContradictsContent.Should().BeTrue();
        result.ContradictingExtension.Should().Be(extension);
        result.Refusal.Should().NotBeNull();
        result.Refusal!.Code.Should().Be(RuleViolationCodes.FileNameContradictsContent);
        result.Refusal.RuleId.Should().Be("FILE-02");
        result.Refusal.Message.Should().Be(message);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData("exe")]
    [InlineData("dll")]
    [InlineData("com")]
    [InlineData("bat")]
    [InlineData("cmd")]
    [InlineData("ps1")]
    [InlineData("psm1")]
    [InlineData("vbs")]
    [InlineData("vbe")]
    [InlineData("js")]
    [InlineData("jse")]
    [InlineData("wsf")]
    [InlineData("wsh")]
    [InlineData("scr")]
    [InlineData("pif")]
    [InlineData("cpl")]
    [InlineData("hta")]
    [InlineData("msi")]
    [InlineData("msp")]
    [InlineData("reg")]
    [InlineData("jar")]
    [InlineData("sh")]
    [InlineData("app")]
    [InlineData("lnk")]
    [InlineData("php")]
    [InlineData("py")]
    [InlineData("html")]
    [InlineData("htm")]
    [InlineData("xhtml")]
    [InlineData("mht")]
    [InlineData("mhtml")]
    [InlineData("svg")]
    [InlineData("xml")]
    [InlineData("zip")]
    [InlineData("rar")]
    [InlineData("7z")]
    [InlineData("gz")]
    [InlineData("tar")]
    [InlineData("iso")]
    [InlineData("img")]
    [InlineData("doc")]
    [InlineData("docx")]
    [InlineData("docm")]
    [InlineData("xls")]
    [InlineData("xlsx")]
    [InlineData("xlsm")]
    [InlineData("ppt")]
    [InlineData("pptx")]
    [InlineData("pptm")]
    [InlineData("odt")]
    [InlineData("ods")]
    [InlineData("odp")]
    [InlineData("odg")]
    [InlineData("rtf")]
    [InlineData("txt")]
    [InlineData("csv")]
    [InlineData("png")]
    [InlineData("gif")]
    [InlineData("bmp")]
    [InlineData("tif")]
    [InlineData("tiff")]
    [InlineData("heic")]
    [InlineData("webp")]
    public void An_executable_active_archive_office_or_other_image_extension_contradicts_both_types(string extension)
    {
        DisplayName.Clean("piece." + extension, FileType.Pdf).ContradictingExtension.Should().Be(extension);
        DisplayName.Clean("piece." + extension.ToUpperInvariant(), FileType.Jpeg).ContradictingExtension.Should().Be(extension);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData("report.v2", FileType.Pdf)]
    [InlineData("scan.final", FileType.Jpeg)]
    [InlineData("rapport.docx.pdf", FileType.Pdf)]
    [InlineData("archive.zip.jpg", FileType.Jpeg)]
    [InlineData("cv.pdf", FileType.Pdf)]
    [InlineData("cv", FileType.Jpeg)]
    [InlineData("", FileType.Pdf)]
    public void An_unknown_extension_or_one_hidden_in_a_plain_name_does_not_contradict(string browserName, FileType type)
    {
        var result = DisplayName.Clean(browserName, type);

        result.ContradictsContent.Should().BeFalse();
        result.Refusal.Should().BeNull();
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void A_refusal_shows_a_bounded_printable_name()
    {
        var result = DisplayName.Clean("\u202E" + new string('x', 500) + "\u0000.exe", FileType.Pdf);

        result.Refusal!.Message.Should().Contain("« " + new string('x', 116) + ".exe »");
        result.Refusal.Message.Should().NotContain("\u202E").And.NotContain("\u0000");
    }

    [Fact]
    public void An_undefined_content_type_is_a_programming_error()
    {
        var clean = () => DisplayName.Clean("cv.pdf", (FileType)7);

        clean.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("contentType");
    }

    [Fact]
    public void The_result_reads_as_its_name()
    {
        DisplayName.Clean("cv.PDF", FileType.Pdf).ToString().Should().Be("cv.pdf");
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData("photo.jpg")]
    [InlineData("photo.jpeg")]
    [InlineData("photo.jpe")]
    [InlineData("photo.jfif")]
    [InlineData("PHOTO.JFIF")]
    public void Every_JPEG_extension_is_right_for_a_JPEG_and_contradicts_a_PDF(string browserName)
    {
        DisplayName.Clean(browserName, FileType.Jpeg).ContradictsContent.Should().BeFalse();
        DisplayName.Clean(browserName, FileType.Jpeg).Name.Should().Be(browserName.Split('.')[0] + ".jpg");
        DisplayName.Clean(browserName, FileType.Pdf).ContradictingExtension.Should().Be(browserName.Split('.')[1].ToLowerInvariant());
    }

    [Theory]
    [Trait("Rule", "FILE-03")]
    [InlineData("CON")]
    [InlineData("PRN")]
    [InlineData("AUX")]
    [InlineData("NUL")]
    [InlineData("CONIN$")]
    [InlineData("CONOUT$")]
    [InlineData("COM0")]
    [InlineData("COM1")]
    [InlineData("COM2")]
    [InlineData("COM3")]
    [InlineData("COM4")]
    [InlineData("COM5")]
    [InlineData("COM6")]
    [InlineData("COM7")]
    [InlineData("COM8")]
    [InlineData("COM9")]
    [InlineData("COM\u00B9")]
    [InlineData("COM\u00B2")]
    [InlineData("COM\u00B3")]
    [InlineData("LPT0")]
    [InlineData("LPT1")]
    [InlineData("LPT2")]
    [InlineData("LPT3")]
    [InlineData("LPT4")]
    [InlineData("LPT5")]
    [InlineData("LPT6")]
    [InlineData("LPT7")]
    [InlineData("LPT8")]
    [InlineData("LPT9")]
    [InlineData("LPT\u00B9")]
    [InlineData("LPT\u00B2")]
    [InlineData("LPT\u00B3")]
    public void Every_device_name_that_Windows_reserves_gets_a_leading_underscore(string device)
    {
        DisplayName.Clean(device + ".pdf", FileType.Pdf).Name.Should().Be("_" + device + ".pdf");
        DisplayName.Clean(device.ToLowerInvariant() + ".notes.jpg", FileType.Jpeg).Name.Should().Be("_" + device.ToLowerInvariant() + ".notes.jpg");
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData("cv.zip.exe\u0000.pdf", "exe")]
    [InlineData("cv.exe.\t\tnotes.pdf", "exe")]
    [InlineData("cv.exe.\u2028notes.pdf", "exe")]
    [InlineData("cv.exe.\u0000mon cv.pdf", "exe")]
    [InlineData("cv.exe\U000E0020.pdf", "exe")]
    public void An_extension_hidden_by_an_invisible_character_before_the_last_one_is_the_one_nearest_the_end(string browserName, string extension)
    {
        DisplayName.Clean(browserName, FileType.Pdf).ContradictingExtension.Should().Be(extension);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData("cv.exe.mon cv.pdf")]
    [InlineData("cv.exe.\U0001F600.pdf")]
    public void Plain_spaces_and_emoji_do_not_count_as_hiding_an_extension(string browserName)
    {
        DisplayName.Clean(browserName, FileType.Pdf).ContradictsContent.Should().BeFalse();
    }

    [Fact]
    [Trait("Rule", "FILE-03")]
    public void A_space_before_an_emoji_is_kept()
    {
        DisplayName.Clean("photo \U0001F600.jpg", FileType.Jpeg).Name.Should().Be("photo \U0001F600.jpg");
    }

    [Theory]
    [Trait("Rule", "FILE-03")]
    [InlineData("a", 11)]
    [InlineData("\u00E9", 5)]
    [InlineData("\u0800", 3)]
    [InlineData("\U0001F600", 2)]
    public void Each_character_counts_its_own_UTF_8_bytes_when_a_name_is_cut_to_255_bytes(string filler, int kept)
    {
        // 80 euro signs take 240 bytes: the 11 left for the stem (255 - 240 - ".pdf") hold 11 ASCII
        // letters, 5 two-byte characters, 3 three-byte ones or 2 four-byte ones.
        var euros = new string('\u20AC', 80);
        var name = DisplayName.Clean(euros + string.Concat(Enumerable.Repeat(filler, 20)) + ".pdf", FileType.Pdf).Name;

        name.Should().Be(euros + string.Concat(Enumerable.Repeat(filler, kept)) + ".pdf");
        Encoding.UTF8.GetByteCount(name).Should().BeLessThanOrEqualTo(DisplayName.MaxUtf8Bytes);
    }

    [CappedProperty(2000)]
    [Trait("Rule", "FILE-03")]
    public Property Any_name_cleans_to_a_short_printable_NFC_name_with_the_contents_extension() =>
        Prop.ForAll(Names(), Gen.Elements(FileType.Pdf, FileType.Jpeg).ToArbitrary(), (browserName, type) =>
        {
            var name = DisplayName.Clean(browserName, type).Name;

            name.Should().NotBeNullOrWhiteSpace();
            name.Should().EndWith(type == FileType.Pdf ? ".pdf" : ".jpg");
            name.Length.Should().BeLessThanOrEqualTo(120);
            Encoding.UTF8.GetByteCount(name).Should().BeLessThanOrEqualTo(255);
            name.IsNormalized(NormalizationForm.FormC).Should().BeTrue();
            HasLoneSurrogate(name).Should().BeFalse();
            name.Should().NotContainAny("/", "\\", "<", ">", ":", "\"", "|", "?", "*");
            name.Where(IsForbidden).Should().BeEmpty();
            name.Should().NotStartWith(" ").And.NotStartWith(".");
        });

    /// <summary>Arbitrary strings, and strings made of the characters that cleaning is about.</summary>
    private static Arbitrary<string?> Names()
    {
        var tricky = Gen.Elements(
            "a", "é", "e\u0301", "<\u0338", "€", "\U0001F600", "\uD83D", "\uDE00", " ", "  ", "\t", "\n", ".", "..", "/", "\\",
            ":", "?", "*", "\0", "\u0085", "\u00A0", "\u00AD", "\u200B", "\u200D", "\u200E", "\u202E", "\u2066", "\u2069",
            "\u2060", "\uFEFF", "\uFFFF", "con", "COM1", "pdf", "jpg", "exe", ".pdf", ".exe", "\u0344", "\u0958");
        var built = Gen.ListOf(tricky).Select(parts => (string?)string.Concat(parts));
        var arbitrary = ArbMap.Default.GeneratorFor<string?>();
        var longNames = Gen.Choose(100, 400).SelectMany(n => tricky.ArrayOf(n)).Select(parts => (string?)string.Concat(parts));
        return Gen.Frequency((3, built), (3, arbitrary), (1, longNames)).ToArbitrary();
    }

    private static bool IsForbidden(char c) =>
        char.IsControl(c)
        || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or (>= '\u200B' and <= '\u200F')
        || c is '\u2060' or '\uFEFF' or '\u00AD';

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
