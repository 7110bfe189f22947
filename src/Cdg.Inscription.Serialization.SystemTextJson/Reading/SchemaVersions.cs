using Cdg.Inscription.Serialization.SystemTextJson.Contract;

namespace Cdg.Inscription.Serialization.SystemTextJson.Reading;

/// <summary>
/// The schema versions this version reads: 1 to <see cref="DossierJson.SchemaVersion"/>. A later
/// version that renames a field bumps the schema version and reads the old one through an upcaster
/// here (docs/storage.md, "Compatibility"); this version has none, since 1 is the first.
/// </summary>
internal static class SchemaVersions
{
    internal static void Check(JsonFields fields)
    {
        var version = fields.Int64(Fields.SchemaVersion);
        if (version > DossierJson.SchemaVersion)
        {
            throw fields.Context.Fail(Fields.SchemaVersion, $"Schema version {version} was written by a later version of the package; this one reads up to version {DossierJson.SchemaVersion}.");
        }

        if (version < 1)
        {
            throw fields.Context.Fail(Fields.SchemaVersion, $"Schema version {version} does not exist: versions start at 1.");
        }
    }
}
