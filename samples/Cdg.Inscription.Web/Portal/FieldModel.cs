namespace Cdg.Inscription.Web.Portal;

/// <summary>One labelled input of a form, with its errors (partial <c>_Field</c>).</summary>
/// <param name="Page">The page, which holds the errors.</param>
/// <param name="Name">The field's name and id.</param>
/// <param name="Label">The French label.</param>
/// <param name="Value">The value to show again.</param>
/// <param name="Type">The input type.</param>
/// <param name="Autocomplete">The autocomplete token.</param>
/// <param name="Required">Whether the field is required.</param>
public sealed record FieldModel(PortalPageModel Page, string Name, string Label, string? Value, string Type = "text", string Autocomplete = "off", bool Required = true);
