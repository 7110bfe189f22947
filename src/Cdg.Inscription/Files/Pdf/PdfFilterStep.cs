namespace Cdg.Inscription.Files.Pdf;

/// <summary>One filter of a stream's chain, with the parameters of its predictor (ISO 32000-1, 7.4).</summary>
/// <param name="Filter">The filter's name; <see cref="PdfName.Other"/> for one that the scan does not decode.</param>
/// <param name="Predictor">The <c>/Predictor</c>: 1 for none, 2 for TIFF, 10 to 15 for PNG.</param>
/// <param name="Colors">The <c>/Colors</c>, 1 by default.</param>
/// <param name="BitsPerComponent">The <c>/BitsPerComponent</c>, 8 by default.</param>
/// <param name="Columns">The <c>/Columns</c>, 1 by default.</param>
internal readonly record struct PdfFilterStep(PdfName Filter, long Predictor, long Colors, long BitsPerComponent, long Columns)
{
    /// <summary>The filters that <see cref="PdfDecoder"/> decodes.</summary>
    internal bool IsDecodable => Filter is PdfName.FlateDecode or PdfName.AsciiHexDecode or PdfName.Ascii85Decode or PdfName.RunLengthDecode;

    /// <summary>The steps that a stream's dictionary gives in <c>/Filter</c> and <c>/DecodeParms</c>.</summary>
    /// <param name="dictionary">The stream's dictionary.</param>
    /// <returns>The steps in order; null when they are given indirectly or malformed, and so cannot be known here.</returns>
    internal static List<PdfFilterStep>? Of(PdfValue dictionary)
    {
        var steps = new List<PdfFilterStep>();
        var filter = dictionary[PdfName.Filter];
        var parameters = dictionary[PdfName.DecodeParms];
        switch (filter)
        {
            case null or { Kind: PdfValueKind.Null }:
                return parameters is null or { Kind: PdfValueKind.Null or PdfValueKind.Dictionary } ? steps : null;
            case { Kind: PdfValueKind.Name }:
                var one = StepOf(filter.Name, parameters is { Kind: PdfValueKind.Array } array && array.Items!.Count == 1 ? array.Items[0] : parameters);
                if (one is null)
                {
                    return null;
                }

                steps.Add(one.Value);
                return steps;
            case { Kind: PdfValueKind.Array, Items: { } names }:
                for (var i = 0; i < names.Count; i++)
                {
                    if (names[i].Kind != PdfValueKind.Name)
                    {
                        return null;
                    }

                    var parameter = parameters switch
                    {
                        { Kind: PdfValueKind.Array, Items: { } items } => i < items.Count ? items[i] : null,
                        { Kind: PdfValueKind.Dictionary } when names.Count == 1 => parameters,
                        _ => null,
                    };
                    if (parameters is { Kind: PdfValueKind.Dictionary } && names.Count > 1)
                    {
                        return null;
                    }

                    var step = StepOf(names[i].Name, parameter);
                    if (step is null)
                    {
                        return null;
                    }

                    steps.Add(step.Value);
                }

                return steps;
            default:
                return null;
        }
    }

    private static PdfFilterStep? StepOf(PdfName filter, PdfValue? parameters)
    {
        if (parameters is null or { Kind: PdfValueKind.Null })
        {
            return new PdfFilterStep(Known(filter), 1, 1, 8, 1);
        }

        if (parameters.Kind != PdfValueKind.Dictionary)
        {
            return null;
        }

        var predictor = Parameter(parameters, PdfName.Predictor, 1);
        var colors = Parameter(parameters, PdfName.Colors, 1);
        var bits = Parameter(parameters, PdfName.BitsPerComponent, 8);
        var columns = Parameter(parameters, PdfName.Columns, 1);
        return predictor is null || colors is null || bits is null || columns is null
            ? null
            : new PdfFilterStep(Known(filter), predictor.Value, colors.Value, bits.Value, columns.Value);
    }

    /// <summary>A parameter's direct integer value, its default when absent; null when it is given otherwise.</summary>
    private static long? Parameter(PdfValue parameters, PdfName key, long byDefault) => parameters[key] switch
    {
        null => byDefault,
        { Kind: PdfValueKind.Integer } value => value.Integer,
        _ => null,
    };

    private static PdfName Known(PdfName filter) =>
        filter is PdfName.FlateDecode or PdfName.AsciiHexDecode or PdfName.Ascii85Decode or PdfName.RunLengthDecode or PdfName.LzwDecode
            ? filter
            : PdfName.Other;
}
