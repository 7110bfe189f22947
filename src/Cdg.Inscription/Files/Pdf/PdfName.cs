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

    /// <summary><c>/FlateDecode</c>: the zlib filter.</summary>
    FlateDecode,

    /// <summary><c>/ObjStm</c>: the type of an object stream.</summary>
    ObjStm,

    /// <summary><c>/Linearized</c>: the key of a linearization dictionary.</summary>
    Linearized,

    /// <summary><c>/N</c>: in a linearization dictionary, the number of pages.</summary>
    N,
}
