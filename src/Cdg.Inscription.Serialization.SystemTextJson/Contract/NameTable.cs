namespace Cdg.Inscription.Serialization.SystemTextJson.Contract;

/// <summary>
/// The stable names of one enum's values: written by name from this table, never from the value's
/// CLR name or number, so that renaming or reordering a member does not change what is stored.
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
internal sealed class NameTable<T>
    where T : struct, Enum
{
    private readonly Dictionary<T, string> _names = [];
    private readonly Dictionary<string, T> _values = new(StringComparer.Ordinal);

    internal NameTable(params (T Value, string Name)[] entries)
    {
        foreach (var (value, name) in entries)
        {
            _names.Add(value, name);
            _values.Add(name, value);
        }

        Names = Array.AsReadOnly(entries.Select(e => e.Name).ToArray());
    }

    /// <summary>Every name, in declaration order.</summary>
    internal IReadOnlyList<string> Names { get; }

    /// <summary>The name of a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not one the contract names.</exception>
    internal string NameOf(T value) =>
        _names.TryGetValue(value, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"The storage contract has no name for this {typeof(T).Name}.");

    internal bool TryParse(string name, out T value) => _values.TryGetValue(name, out value);
}
