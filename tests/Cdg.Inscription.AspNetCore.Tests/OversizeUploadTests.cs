using System.Net;
using Cdg.Inscription.AspNetCore.Tests.Support;
using Cdg.Inscription.Files;

namespace Cdg.Inscription.AspNetCore.Tests;

/// <summary>
/// FILE-02: an upload larger than the inspector's limit (10 Mio by default) is answered 413 with
/// the inspector's French reason, before it is read whole: the bytes that the server pulled from the
/// client are counted.
/// </summary>
public sealed class OversizeUploadTests
{
    private const long Body = 40L * 1024 * 1024;

    /// <summary>What the server may pull beyond the limit: the buffers between client and server.</summary>
    private const long Slack = 2L * 1024 * 1024;

    private const string TooLargeMessage =
        "Ce fichier dépasse la taille maximale de 10 Mo : réduisez-le (par exemple en numérisant la pièce en 150 ou 200 ppp, ou en noir et blanc pour un texte), puis ajoutez-le de nouveau.";

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_body_declared_larger_than_the_limit_is_a_413_in_french_before_its_file_is_read()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();
        await client.PreRegisterAsync();
        var body = new CountingStream(Body, declaresLength: true);

        var response = await client.UploadAsync("identity-document", new StreamContent(body), "scan.pdf", "application/pdf");

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await HostClient.JsonOf(response)).GetProperty("title").GetString().Should().Be("Le fichier est trop volumineux.");
        (await HostClient.ViolationsOf(response)).Should().Equal((Cdg.Inscription.RuleViolationCodes.FileTooLarge, TooLargeMessage));
        body.BytesRead.Should().BeLessThan(Slack, "the declared length alone is refused");
        host.Contents.Ids.Should().BeEmpty();
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_body_sent_without_a_length_is_cut_once_it_passes_the_limit()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();
        await client.PreRegisterAsync();
        var body = new CountingStream(Body, declaresLength: false);

        var response = await client.UploadAsync("identity-document", new StreamContent(body), "scan.pdf", "application/pdf");

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await HostClient.ViolationsOf(response)).Should().Equal((Cdg.Inscription.RuleViolationCodes.FileTooLarge, TooLargeMessage));
        body.BytesRead.Should().BeLessThan(FileInspectionOptions.DefaultMaxSize + Slack, "the body is cut at the limit, not read whole");
        host.Contents.Ids.Should().BeEmpty();
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_file_just_within_the_limit_is_read_and_answered_by_the_inspector()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();
        await client.PreRegisterAsync();
        var body = new CountingStream(FileInspectionOptions.DefaultMaxSize, declaresLength: true);

        var response = await client.UploadAsync("identity-document", new StreamContent(body), "scan.pdf", "application/pdf");

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, "ten mebibytes of zeros are within the limit, and not a PDF");
        (await HostClient.ViolationsOf(response)).Select(v => v.Code).Should().NotContain(Cdg.Inscription.RuleViolationCodes.FileTooLarge);
        body.BytesRead.Should().Be(FileInspectionOptions.DefaultMaxSize);
    }
}
