namespace Cdg.Inscription.Web.Storage.Email;

/// <summary>The SMTP server's settings (<c>Mail:Smtp</c>).</summary>
public sealed class SmtpOptions
{
    /// <summary>The server's host name; null or empty for the pickup folder.</summary>
    public string? Host { get; set; }

    /// <summary>The server's port.</summary>
    public int Port { get; set; } = 587;

    /// <summary>The user name, when the server asks for one.</summary>
    public string? UserName { get; set; }

    /// <summary>The password, with <see cref="UserName"/>.</summary>
    public string? Password { get; set; }

    /// <summary>Whether the connection is secured (STARTTLS or TLS on connect, as the port says).</summary>
    public bool UseTls { get; set; } = true;
}
