using System.Diagnostics.CodeAnalysis;
using Cdg.Inscription.Sessions;

namespace Cdg.Inscription.AspNetCore;

/// <summary>The sessions the host runs, by code: a singleton that every request reads, and the runner rebuilds a dossier with its session's.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ExamSessionCatalog
{
    private readonly Dictionary<string, ExamSession> _sessions;
    private readonly List<ExamSession> _inOrder = [];

    /// <summary>Creates the catalogue.</summary>
    /// <param name="sessions">The sessions.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sessions"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">Two sessions have the same code.</exception>
    public ExamSessionCatalog(IEnumerable<ExamSession> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        _sessions = new Dictionary<string, ExamSession>(StringComparer.Ordinal);
        foreach (var session in sessions)
        {
            ArgumentNullException.ThrowIfNull(session, nameof(sessions));
            if (!_sessions.TryAdd(session.Code, session))
            {
                throw new ArgumentException($"Two exam sessions have the code '{session.Code}'.", nameof(sessions));
            }

            _inOrder.Add(session);
        }
    }

    /// <summary>The sessions, in the order given.</summary>
    public IReadOnlyList<ExamSession> All => _inOrder;

    /// <summary>Finds a session by its code.</summary>
    /// <param name="code">The code, as <see cref="ExamSession.Code"/>.</param>
    /// <param name="session">The session when found.</param>
    /// <returns><see langword="true"/> when the host runs a session with this code.</returns>
    public bool TryGet(string? code, [NotNullWhen(true)] out ExamSession? session)
    {
        session = null;
        return code is not null && _sessions.TryGetValue(code, out session);
    }
}
