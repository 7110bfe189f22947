namespace Cdg.Inscription.AspNetCore.Tests.Support;

/// <summary>The real files of the library's corpus, copied beside the tests.</summary>
public static class Fixture
{
    /// <summary>The bytes of a fixture.</summary>
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
