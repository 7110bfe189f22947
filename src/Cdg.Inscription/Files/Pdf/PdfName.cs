namespace Cdg.Inscription.Files.Pdf;

/// <summary>The names that the PDF scan acts upon; every other name is <see cref="Other"/>.</summary>
internal enum PdfName : byte
{
    /// <summary>No name: a dictionary that has not had a key yet.</summary>
    None,

    /// <summary>A name that the scan does not act upon.</summary>
    Other,

    /// <summary><c>/JavaScript</c>: a JavaScript action or the document's JavaScript name tree.</summary>
    JavaScript,

    /// <summary><c>/JS</c>: the script of a JavaScript action.</summary>
    JS,

    /// <summary><c>/XFA</c>: an XFA form, whose scripts run.</summary>
    Xfa,

    /// <summary><c>/Launch</c>: a launch action, which opens another file or program.</summary>
    Launch,

    /// <summary><c>/EmbeddedFile</c>: the type of an embedded file stream.</summary>
    EmbeddedFile,

    /// <summary><c>/EmbeddedFiles</c>: the document's tree of embedded files.</summary>
    EmbeddedFiles,

    /// <summary><c>/Encrypt</c>: the trailer's encryption dictionary.</summary>
    Encrypt,

    /// <summary><c>/Type</c>.</summary>
    Type,

    /// <summary><c>/Pages</c>: the type of a page tree node.</summary>
    Pages,

    /// <summary><c>/Count</c>: the number of pages under a page tree node.</summary>
    Count,

    /// <summary><c>/Parent</c>: the parent of a page tree node; the root has none.</summary>
    Parent,

    /// <summary><c>/Length</c>: the length of a stream's data.</summary>
    Length,

    /// <summary><c>/Filter</c>: the filters of a stream.</summary>
    Filter,

    /// <summary><c>/FlateDecode</c> (or <c>/Fl</c>): the zlib filter.</summary>
    FlateDecode,

    /// <summary><c>/ObjStm</c>: the type of an object stream.</summary>
    ObjStm,

    /// <summary><c>/Linearized</c>: the key of a linearization dictionary.</summary>
    Linearized,

    /// <summary><c>/N</c>: in a linearization dictionary, the number of pages.</summary>
    N,

    /// <summary><c>/RichMedia</c>: a rich-media annotation or its content (Flash, video, 3D), which can run scripts.</summary>
    RichMedia,

    /// <summary><c>/First</c>: in an object stream, the offset of its first object.</summary>
    First,

    /// <summary><c>/DecodeParms</c> (or <c>/DP</c>): the parameters of a stream's filters.</summary>
    DecodeParms,

    /// <summary><c>/Prev</c>: the offset of the previous cross-reference section.</summary>
    Prev,

    /// <summary><c>/XRefStm</c>: in a hybrid file's trailer, the offset of a cross-reference stream.</summary>
    XRefStm,

    /// <summary><c>/XRef</c>: the type of a cross-reference stream.</summary>
    XRef,

    /// <summary><c>/Size</c>: the number of entries of a cross-reference section.</summary>
    Size,

    /// <summary><c>/W</c>: the widths of the fields of a cross-reference stream's entries.</summary>
    W,

    /// <summary><c>/Index</c>: the subsections of a cross-reference stream.</summary>
    Index,

    /// <summary><c>/Predictor</c>: the predictor of a Flate or LZW filter.</summary>
    Predictor,

    /// <summary><c>/Columns</c>: the samples in a row, for a predictor.</summary>
    Columns,

    /// <summary><c>/Colors</c>: the colour components of a sample, for a predictor.</summary>
    Colors,

    /// <summary><c>/BitsPerComponent</c>: the bits of a colour component, for a predictor.</summary>
    BitsPerComponent,

    /// <summary><c>/ASCIIHexDecode</c> (or <c>/AHx</c>): the hexadecimal filter.</summary>
    AsciiHexDecode,

    /// <summary><c>/ASCII85Decode</c> (or <c>/A85</c>): the base-85 filter.</summary>
    Ascii85Decode,

    /// <summary><c>/RunLengthDecode</c> (or <c>/RL</c>): the run-length filter.</summary>
    RunLengthDecode,

    /// <summary><c>/LZWDecode</c> (or <c>/LZW</c>): the LZW filter, which the scan does not decode.</summary>
    LzwDecode,
}
