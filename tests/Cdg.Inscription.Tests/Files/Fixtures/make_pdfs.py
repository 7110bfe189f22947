#!/usr/bin/env python3
"""Hand-written PDF fixtures for the Cdg.Inscription tests (Python 3, standard library only).

make-fixtures.sh calls it as:
  make_pdfs.py hand OUTDIR WORKDIR
      writes the hand-written PDFs into OUTDIR and intermediate files into WORKDIR;
      pdf-scanned-jpeg-page.pdf embeds OUTDIR/jpeg-baseline-rgb.jpg, which must exist.
  make_pdfs.py update-without-encrypt IN OUT
      copies the encrypted PDF IN (classic xref table) to OUT and appends an incremental
      update whose trailer does not repeat /Encrypt.
  make_pdfs.py fix-id FILE
      replaces the trailer /ID of a Ghostscript file (clock based, even with
      SOURCE_DATE_EPOCH) by a digest of the file, in place and at the same length.

Every byte offset written in an xref table or after startxref is computed here.
"""

import base64
import hashlib
import re
import sys
import zlib
from pathlib import Path

A4 = b"[0 0 595 842]"
JS_ALERT = rb"(app.alert\(1\))"  # a PDF literal string: app.alert(1)
BINARY_COMMENT = b"%\xe2\xe3\xcf\xd3\n"  # the customary second line of a PDF with binary data


def stream(dictionary: bytes, data: bytes) -> bytes:
    """A stream object body with a direct /Length; the EOL before endstream is not counted."""
    sep = b" " if dictionary else b""
    return b"<< " + dictionary + sep + b"/Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def write_objects(out: bytearray, objects: dict) -> dict:
    """Appends 'N 0 obj ... endobj' for each object; returns {number: byte offset}."""
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    return offsets


def xref_table(offsets: dict, first_section: bool) -> bytes:
    """A classic xref table: 20-byte entries, one subsection per run of object numbers."""
    numbers = sorted(offsets)
    parts = [b"xref\n"]
    if first_section:
        if numbers != list(range(1, len(numbers) + 1)):
            raise ValueError("a first section needs objects 1..n without gaps")
        parts.append(b"0 %d\n" % (len(numbers) + 1))
        parts.append(b"0000000000 65535 f \n")
        parts += [b"%010d 00000 n \n" % offsets[n] for n in numbers]
        return b"".join(parts)
    runs = []
    for n in numbers:
        if runs and runs[-1][-1] == n - 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    for run in runs:
        parts.append(b"%d %d\n" % (run[0], len(run)))
        parts += [b"%010d 00000 n \n" % offsets[n] for n in run]
    return b"".join(parts)


def file_id(data: bytes) -> bytes:
    digest = hashlib.md5(data).hexdigest().upper().encode()
    return b"/ID [<%s><%s>]" % (digest, digest)


def build(objects: dict, trailer: bytes = b"", version: bytes = b"1.4") -> bytes:
    """A complete one-section PDF: header, objects 1..n, xref table, trailer, %%EOF."""
    out = bytearray(b"%PDF-" + version + b"\n" + BINARY_COMMENT)
    offsets = write_objects(out, objects)
    startxref = len(out)
    out += xref_table(offsets, first_section=True)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s %s >>\n" % (max(objects) + 1, trailer, file_id(out))
    out += b"startxref\n%d\n%%%%EOF\n" % startxref
    return bytes(out)


def last_trailer(data: bytes) -> bytes:
    start = data.rindex(b"trailer")
    return data[start:data.index(b"startxref", start)]


def last_startxref(data: bytes) -> int:
    position = data.rindex(b"startxref")
    return int(data[position + len(b"startxref"):].split()[0])


def append_update(base: bytes, objects: dict, trailer: bytes = b"") -> bytes:
    """Base file + an incremental update: new/changed objects, own xref, trailer with /Prev."""
    if not base.endswith(b"\n"):
        raise ValueError("base must end with an end-of-line")
    old_trailer = last_trailer(base)
    size = int(re.search(rb"/Size\s+(\d+)", old_trailer).group(1))
    root = re.search(rb"/Root\s+(\d+\s+\d+\s+R)", old_trailer).group(1)
    old_id = re.search(rb"/ID\s*\[[^\]]*\]", old_trailer)
    out = bytearray(base)
    offsets = write_objects(out, objects)
    startxref = len(out)
    out += xref_table(offsets, first_section=False)
    out += b"trailer\n<< /Size %d /Root %s /Prev %d%s%s >>\n" % (
        max(size, max(objects) + 1), root, last_startxref(base), trailer,
        b" " + old_id.group(0) if old_id else b"")
    out += b"startxref\n%d\n%%%%EOF\n" % startxref
    return bytes(out)


def page_objects(text: bytes, catalog_extra: bytes = b"", page_extra: bytes = b"") -> dict:
    """Objects 1-5 of a one-page A4 document showing one line of Helvetica text."""
    content = b"BT /F1 16 Tf 56 780 Td (" + text + b") Tj ET"
    return {
        1: b"<< /Type /Catalog /Pages 2 0 R" + catalog_extra + b" >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox " + A4
           + b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R" + page_extra + b" >>",
        4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        5: stream(b"", content),
    }


def one_page(text: bytes, catalog_extra: bytes = b"", page_extra: bytes = b"",
             extra: dict = None, trailer: bytes = b"", version: bytes = b"1.4") -> bytes:
    objects = page_objects(text, catalog_extra, page_extra)
    objects.update(extra or {})
    return build(objects, trailer, version)


def jpeg_frame(jpeg: bytes):
    """(width, height, components) from the first SOF segment, walking segment lengths."""
    if jpeg[:3] != b"\xff\xd8\xff":
        raise ValueError("not a JPEG")
    i = 2
    while True:
        marker = jpeg[i + 1]
        length = int.from_bytes(jpeg[i + 2:i + 4], "big")
        if marker in (0xC0, 0xC1, 0xC2):
            height = int.from_bytes(jpeg[i + 5:i + 7], "big")
            width = int.from_bytes(jpeg[i + 7:i + 9], "big")
            return width, height, jpeg[i + 9]
        if marker == 0xDA:
            raise ValueError("no SOF before SOS")
        i += 2 + length


def scanned_page(jpeg: bytes) -> bytes:
    """A4 page drawing the JPEG through an image XObject with /Filter /DCTDecode."""
    width, height, components = jpeg_frame(jpeg)
    colour_space = {1: b"/DeviceGray", 3: b"/DeviceRGB", 4: b"/DeviceCMYK"}[components]
    draw_w = 480
    draw_h = round(draw_w * height / width)
    content = b"q %d 0 0 %d 57 %d cm /Im0 Do Q" % (draw_w, draw_h, 800 - draw_h)
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox " + A4
           + b" /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
        4: stream(b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s"
                  b" /BitsPerComponent 8 /Filter /DCTDecode" % (width, height, colour_space), jpeg),
        5: stream(b"", content),
    }
    return build(objects)


def compression_bomb() -> bytes:
    """PDF 1.5, classic xref table, plus an unreferenced /Type /ObjStm stream that inflates
    to 80 MiB (one small object, then spaces) from about 80 KB of deflate data."""
    inflated_size = 80 * 1024 * 1024
    header = b"7 0 "
    body = b"<< /Filler true >>"
    data = header + body + b" " * (inflated_size - len(header) - len(body))
    packed = zlib.compress(data, 9)
    del data
    extra = {6: stream(b"/Type /ObjStm /N 1 /First %d /Filter /FlateDecode" % len(header), packed)}
    return one_page(b"Cdg.Inscription fixture: object 6 is an object stream bomb (80 MiB inflated)",
                    extra=extra, version=b"1.5")


def run_length(data: bytes) -> bytes:
    """/RunLengthDecode data: literal runs of at most 128 bytes, then the end-of-data byte 128."""
    out = bytearray()
    for k in range(0, len(data), 128):
        chunk = data[k:k + 128]
        out += bytes([len(chunk) - 1]) + chunk
    return bytes(out + b"\x80")


def png_up(data: bytes, columns: int) -> bytes:
    """Rows of `columns` bytes, each with the PNG Up filter (type 2): the difference to the row above."""
    out = bytearray()
    previous = bytes(columns)
    for k in range(0, len(data), columns):
        row = data[k:k + columns].ljust(columns, b" ")
        out += b"\x02" + bytes((row[i] - previous[i]) & 0xFF for i in range(columns))
        previous = row
    return bytes(out)


def with_object_stream(plain: dict, compressed: dict, objstm_entries: bytes, encode) -> bytes:
    """PDF 1.5 whose objects `compressed` sit in one object stream (numbered after `plain`),
    written with `objstm_entries` (its /Type, /Filter, /DecodeParms: everything but /N, /First,
    /Length) and its data through `encode`; a cross-reference stream (no filter, /W [1 4 2])
    gives the others' offsets and the compressed objects as type 2 entries."""
    header, bodies = b"", b""
    for number in sorted(compressed):
        header += b"%d %d " % (number, len(bodies))
        bodies += compressed[number] + b"\n"
    objstm_number = max(list(plain) + list(compressed)) + 1
    xref_number = objstm_number + 1
    objects = dict(plain)
    objects[objstm_number] = stream(objstm_entries + b" /N %d /First %d" % (len(compressed), len(header)),
                                    encode(header + bodies))
    out = bytearray(b"%PDF-1.5\n" + BINARY_COMMENT)
    offsets = write_objects(out, objects)
    xref_at = len(out)
    offsets[xref_number] = xref_at
    index = {number: i for i, number in enumerate(sorted(compressed))}
    entries = bytearray()
    for number in range(xref_number + 1):
        if number in offsets:
            entries += b"\x01" + offsets[number].to_bytes(4, "big") + b"\x00\x00"
        elif number in index:
            entries += b"\x02" + objstm_number.to_bytes(4, "big") + index[number].to_bytes(2, "big")
        else:
            entries += b"\x00" + bytes(4) + b"\xff\xff"
    dictionary = b"/Type /XRef /Size %d /W [1 4 2] /Root 1 0 R %s" % (xref_number + 1, file_id(out))
    out += b"%d 0 obj\n" % xref_number + stream(dictionary, bytes(entries)) + b"\nendobj\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def javascript_in_object_stream(text: bytes, objstm_entries: bytes, encode) -> bytes:
    """One page; the catalog and a JavaScript open action compressed in an object stream."""
    objects = page_objects(text, catalog_extra=b" /OpenAction 6 0 R")
    catalog = objects.pop(1)
    compressed = {1: catalog, 6: b"<< /Type /Action /S /JavaScript /JS " + JS_ALERT + b" >>"}
    return with_object_stream(objects, compressed, objstm_entries, encode)


def clean_object_stream(text: bytes, objstm_entries: bytes, encode) -> bytes:
    """One page whose catalog, page tree and page are compressed in an object stream."""
    objects = page_objects(text)
    compressed = {n: objects.pop(n) for n in (1, 2, 3)}
    return with_object_stream(objects, compressed, objstm_entries, encode)


def hidden_in_stream_data() -> bytes:
    """Classic xref; the content stream's /Length covers, after its real content, an
    'endstream endobj' and object 6, a JavaScript action that the catalog opens and the xref
    table places: a scan that skips the data by /Length never reads it, a reader does."""
    content = b"BT /F1 16 Tf 56 780 Td (Cdg.Inscription fixture: object hidden in stream data) Tj ET"
    hidden_object = b"6 0 obj\n<< /Type /Action /S /JavaScript /JS " + JS_ALERT + b" >>\nendobj\n"
    filler = b"% " + b"." * 96 + b"\n"
    objects = page_objects(b"", catalog_extra=b" /OpenAction 6 0 R")
    out = bytearray(b"%PDF-1.4\n" + BINARY_COMMENT)
    offsets = write_objects(out, {n: objects[n] for n in (1, 2, 3, 4)})
    offsets[5] = len(out)
    prefix = content + b"\nendstream\nendobj\n"
    data = prefix + hidden_object + filler
    out += b"5 0 obj\n<< /Length %d >>\nstream\n" % len(data)
    offsets[6] = len(out) + len(prefix)
    out += data + b"\nendstream\nendobj\n"
    startxref = len(out)
    out += xref_table(offsets, first_section=True)
    out += b"trailer\n<< /Size 7 /Root 1 0 R %s >>\n" % file_id(out)
    out += b"startxref\n%d\n%%%%EOF\n" % startxref
    assert out[offsets[6]:offsets[6] + 8] == b"6 0 obj\n"
    return bytes(out)


def hand(outdir: Path, workdir: Path) -> None:
    def save(name: str, data: bytes) -> None:
        (outdir / name).write_bytes(data)

    minimal = one_page(b"Cdg.Inscription fixture: minimal hand-written PDF 1.4")
    save("pdf-minimal-hand-written.pdf", minimal)

    save("pdf-incremental-update.pdf", append_update(minimal, {
        5: stream(b"", b"BT /F1 16 Tf 56 780 Td (This page was replaced by an incremental update) Tj ET"),
        6: b"<< /Title (Incremental update fixture) /Producer (make_pdfs.py) >>",
    }, trailer=b" /Info 6 0 R"))

    save("pdf-with-uri-link.pdf", one_page(
        b"Cdg.Inscription fixture: link to https://www.cdg.example/",
        page_extra=b" /Annots [6 0 R]",
        extra={6: b"<< /Type /Annot /Subtype /Link /Rect [56 770 500 800] /Border [0 0 0]"
                  b" /A << /S /URI /URI (https://www.cdg.example/) >> >>"}))

    save("pdf-eof-then-crlf-and-nul-padding.pdf", minimal + b"\r\n" + b"\0" * 16)

    save("pdf-scanned-jpeg-page.pdf", scanned_page((outdir / "jpeg-baseline-rgb.jpg").read_bytes()))

    # Hostile: structure damaged.
    prefix = b"Content-Type: application/pdf; name=\"dossier-candidat.pdf\"\r\n"
    prefix = (prefix + b"X" * 64)[:62] + b"\r\n"
    assert len(prefix) == 64
    save("pdf-bytes-prepended.pdf", prefix + minimal)

    inside = minimal.index(b"3 0 obj\n") + 20  # into the middle of the page dictionary
    save("pdf-startxref-points-nowhere.pdf", with_startxref(minimal, inside))
    save("pdf-startxref-beyond-end.pdf", with_startxref(minimal, len(minimal) + 100000))

    # Hostile: active content.
    save("pdf-javascript-open-action.pdf", one_page(
        b"Cdg.Inscription fixture: script open action",
        catalog_extra=b" /OpenAction << /S /JavaScript /JS " + JS_ALERT + b" >>"))
    save("pdf-javascript-hex-escaped-names.pdf", one_page(
        b"Cdg.Inscription fixture: script open action written with #xx escaped names",
        catalog_extra=b" /OpenAction << /S /J#61vaScript /J#53 " + JS_ALERT + b" >>"))
    # The JavaScript action as its own object, for qpdf to move into an object stream.
    (workdir / "javascript-indirect-action.pdf").write_bytes(one_page(
        b"Cdg.Inscription fixture: script action compressed in an object stream",
        catalog_extra=b" /OpenAction 6 0 R",
        extra={6: b"<< /Type /Action /S /JavaScript /JS " + JS_ALERT + b" >>"}))
    clean = one_page(b"Cdg.Inscription fixture: clean first section, script action in the update")
    save("pdf-javascript-in-incremental-update.pdf", append_update(clean, {
        1: b"<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R >>",
        6: b"<< /Type /Action /S /JavaScript /JS " + JS_ALERT + b" >>",
    }))
    save("pdf-annotation-aa-javascript.pdf", one_page(
        b"Cdg.Inscription fixture: push button whose additional action runs a script",
        catalog_extra=b" /AcroForm << /Fields [6 0 R] >>",
        page_extra=b" /Annots [6 0 R]",
        extra={6: b"<< /Type /Annot /Subtype /Widget /FT /Btn /Ff 65536 /T (ok) /P 3 0 R"
                  b" /Rect [56 700 200 730] /F 4 /MK << /CA (OK) >> /AP << /N 7 0 R >>"
                  b" /AA << /D << /S /JavaScript /JS " + JS_ALERT + b" >> >> >>",
               7: stream(b"/Type /XObject /Subtype /Form /BBox [0 0 144 30]",
                         b"0.85 g 0 0 144 30 re f 0 G 1 w 0.5 0.5 143 29 re S")}))
    save("pdf-launch-action.pdf", one_page(
        b"Cdg.Inscription fixture: launch action",
        catalog_extra=b" /OpenAction << /S /Launch /F (calc.exe) >>"))
    note = b"Hello, this text file is embedded in the PDF.\n"
    save("pdf-embedded-file.pdf", one_page(
        b"Cdg.Inscription fixture: embedded file note.txt",
        catalog_extra=b" /Names << /EmbeddedFiles << /Names [(note.txt) 6 0 R] >> >>",
        extra={6: b"<< /Type /Filespec /F (note.txt) /UF (note.txt) /EF << /F 7 0 R >> >>",
               7: stream(b"/Type /EmbeddedFile /Subtype /text#2Fplain /Params << /Size %d >>" % len(note),
                         note)}))
    save("pdf-compression-bomb-object-stream.pdf", compression_bomb())

    # Object streams as a reader reads them: the type that a scan trusts, filters, predictors.
    flate = lambda data: zlib.compress(data, 9)
    save("pdf-javascript-in-misspelt-object-stream.pdf", javascript_in_object_stream(
        b"Cdg.Inscription fixture: script action in an object stream typed /ObjStX",
        b"/Type /ObjStX /Filter /FlateDecode", flate))
    save("pdf-javascript-in-untyped-object-stream.pdf", javascript_in_object_stream(
        b"Cdg.Inscription fixture: script action in an object stream without /Type",
        b"/Filter /FlateDecode", flate))
    save("pdf-javascript-in-object-stream-with-predictor.pdf", javascript_in_object_stream(
        b"Cdg.Inscription fixture: script action in an object stream with the PNG Up predictor",
        b"/Type /ObjStm /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 8 >>",
        lambda data: zlib.compress(png_up(data, 8), 9)))
    save("pdf-javascript-in-ascii85-object-stream.pdf", javascript_in_object_stream(
        b"Cdg.Inscription fixture: script action in an ASCII85 and Flate object stream",
        b"/Type /ObjStm /Filter [/ASCII85Decode /FlateDecode]",
        lambda data: base64.a85encode(zlib.compress(data, 9)) + b"~>"))
    save("pdf-javascript-in-asciihex-object-stream.pdf", javascript_in_object_stream(
        b"Cdg.Inscription fixture: script action in an ASCIIHex object stream",
        b"/Type /ObjStm /Filter /ASCIIHexDecode", lambda data: data.hex().encode() + b">"))
    save("pdf-javascript-in-run-length-object-stream.pdf", javascript_in_object_stream(
        b"Cdg.Inscription fixture: script action in a RunLength object stream",
        b"/Type /ObjStm /Filter /RunLengthDecode", run_length))
    save("pdf-javascript-hidden-in-stream-data.pdf", hidden_in_stream_data())
    save("pdf-object-stream-with-predictor.pdf", clean_object_stream(
        b"Cdg.Inscription fixture: object stream with the PNG Up predictor",
        b"/Type /ObjStm /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 8 >>",
        lambda data: zlib.compress(png_up(data, 8), 9)))
    save("pdf-object-stream-ascii85-flate.pdf", clean_object_stream(
        b"Cdg.Inscription fixture: object stream through ASCII85 and Flate",
        b"/Type /ObjStm /Filter [/ASCII85Decode /FlateDecode]",
        lambda data: base64.a85encode(zlib.compress(data, 9)) + b"~>"))
    save("pdf-rich-media-annotation.pdf", one_page(
        b"Cdg.Inscription fixture: rich media annotation",
        page_extra=b" /Annots [6 0 R]",
        extra={6: b"<< /Type /Annot /Subtype /RichMedia /Rect [56 500 400 700] /RichMediaContent 7 0 R >>",
               7: b"<< /Type /RichMediaContent /Assets << /Names [] >> /Configurations [] >>"}))


def with_startxref(data: bytes, value: int) -> bytes:
    position = data.rindex(b"startxref\n") + len(b"startxref\n")
    end = data.index(b"\n", position)
    return data[:position] + b"%d" % value + data[end:]


def update_without_encrypt(source: Path, target: Path) -> None:
    """Re-declares the catalog (dictionaries are never encrypted) with /PageLayout added,
    in an update whose trailer has no /Encrypt: only the first trailer says encrypted."""
    base = source.read_bytes()
    trailer = last_trailer(base)
    if b"/Encrypt" not in trailer or b"/Prev" in trailer:
        raise ValueError("expected a one-section encrypted file with a classic trailer")
    root = int(re.search(rb"/Root\s+(\d+)\s+0\s+R", trailer).group(1))
    match = re.search(rb"(?:^|[\r\n])%d 0 obj\s*(<<.*?>>)\s*endobj" % root, base, re.S)
    catalog = match.group(1)
    bare = catalog.replace(b"<<", b"").replace(b">>", b"")
    if b"/PageLayout" in catalog or b"(" in bare or b"<" in bare:
        raise ValueError("catalog holds strings or already a /PageLayout: %r" % catalog)
    catalog = catalog[:-2].rstrip() + b" /PageLayout /OneColumn >>"
    target.write_bytes(append_update(base, {root: catalog}))


def fix_id(path: Path) -> None:
    data = path.read_bytes()
    trailer_at = data.rindex(b"trailer")
    match = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]").search(data, trailer_at)
    if not match:
        raise ValueError("no /ID in the last trailer of %s" % path)
    # Digest of the file with the ID blanked; both halves get it, as Ghostscript writes two equal halves.
    blank = data[:match.start()] + b"/ID [<><>]" + data[match.end():]
    digest = hashlib.md5(blank).hexdigest().upper().encode()
    patched = bytearray(data)
    for group in (1, 2):
        start, end = match.span(group)
        patched[start:end] = (digest * 4)[:end - start]
    path.write_bytes(bytes(patched))


def main(argv) -> int:
    if len(argv) == 4 and argv[1] == "hand":
        hand(Path(argv[2]), Path(argv[3]))
    elif len(argv) == 4 and argv[1] == "update-without-encrypt":
        update_without_encrypt(Path(argv[2]), Path(argv[3]))
    elif len(argv) == 3 and argv[1] == "fix-id":
        fix_id(Path(argv[2]))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
