namespace Cdg.Inscription.AspNetCore.Uploads;

/// <summary>What <see cref="LimitedReadStream"/> throws once the body passes its limit.</summary>
internal sealed class BodyTooLargeException : IOException
{
    public BodyTooLargeException()
        : base("The request body passed the upload's limit.")
    {
    }
}
