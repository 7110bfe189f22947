namespace Cdg.Inscription;

/// <summary>Argument checks for programming errors, in the manner of NodaTime's helper.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? argument, string paramName)
        where T : class =>
        argument ?? throw new ArgumentNullException(paramName);

    internal static T CheckDefined<T>(T value, string paramName)
        where T : struct, Enum =>
        Enum.IsDefined(typeof(T), value) ? value : throw new ArgumentOutOfRangeException(paramName, value, $"Not a defined {typeof(T).Name}.");

    internal static void CheckArgument(bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }
}
