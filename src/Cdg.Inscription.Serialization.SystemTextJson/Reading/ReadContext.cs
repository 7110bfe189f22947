namespace Cdg.Inscription.Serialization.SystemTextJson.Reading;

/// <summary>What is known of the event being read, so that every error can name it.</summary>
internal sealed class ReadContext
{
    internal ReadContext(long? sequence, string? typeName)
    {
        Sequence = sequence;
        TypeName = typeName;
    }

    internal long? Sequence { get; set; }

    internal string? TypeName { get; set; }

    internal StoredEventException Fail(string? field, string problem, Exception? inner = null) =>
        new(Sequence, TypeName, field, problem, inner);

    /// <summary>The message of an exception of the library, without the parameter name that .NET appends.</summary>
    internal static string ReasonOf(Exception exception)
    {
        var message = exception.Message;
        if (exception is ArgumentException { ParamName: { } name })
        {
            var suffix = $" (Parameter '{name}')";
            if (message.EndsWith(suffix, StringComparison.Ordinal))
            {
                message = message.Substring(0, message.Length - suffix.Length);
            }
        }

        return message;
    }
}
