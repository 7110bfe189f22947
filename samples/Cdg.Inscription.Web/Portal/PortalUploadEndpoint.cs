namespace Cdg.Inscription.Web.Portal;

/// <summary>Endpoint metadata: the candidate's upload form, whose refusals go back to the dossier page.</summary>
public sealed class PortalUploadEndpoint;
