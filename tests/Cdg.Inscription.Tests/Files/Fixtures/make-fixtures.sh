#!/usr/bin/env bash
# make-fixtures.sh - regenerates the PDF/JPEG test fixtures of Cdg.Inscription in this folder,
# then verifies them (exits non-zero if any check fails).
#
# Debian (bookworm) packages needed:
#   apt-get install -y qpdf ghostscript imagemagick libjpeg-turbo-progs python3
# (qpdf: qpdf; ghostscript: gs; imagemagick: convert/magick, identify; libjpeg-turbo-progs:
#  cjpeg, djpeg; python3: the standard library only, for make_pdfs.py and the binary patches.)
#
# Usage: ./make-fixtures.sh      (writes every fixture and fixtures.tsv next to this script)
#
# Deterministic: fixed pictures and seeds, SOURCE_DATE_EPOCH for Ghostscript (whose clock
# based /ID is then replaced by a digest), qpdf --deterministic-id or, when encrypting,
# --static-id/--static-aes-iv. Exception: pdf-encrypted-aes256.pdf changes on every run,
# because qpdf draws the AES-256 file key and salts at random and has no option to fix them.
set -euo pipefail
cd "$(dirname "$0")"

export SOURCE_DATE_EPOCH=1704067200   # 2024-01-01T00:00:00Z
export TZ=UTC LC_ALL=C
umask 022
PY=${PYTHON:-python3}

for tool in qpdf gs cjpeg djpeg "$PY"; do
    command -v "$tool" >/dev/null || { echo "make-fixtures.sh: $tool is missing" >&2; exit 1; }
done
if command -v magick >/dev/null && magick -version 2>/dev/null | grep -q ImageMagick; then
    IM=(magick); IDENTIFY=(magick identify)
elif command -v convert >/dev/null && convert -version 2>/dev/null | grep -q ImageMagick; then
    IM=(convert); IDENTIFY=(identify)
else
    echo "make-fixtures.sh: ImageMagick (convert or magick) is missing" >&2; exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PYTHONPATH="$work"

# ---------------------------------------------------------------------------------------
# Shared Python helpers: a JPEG segment walker (used by the patches and by the checks).
cat >"$work/fixturelib.py" <<'PYLIB'
"""JPEG segment walking for make-fixtures.sh (standard library only)."""

STANDALONE = {0x01} | set(range(0xD0, 0xD8))
SOF_MARKERS = set(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def walk(data):
    """Walks segments by their lengths; entropy-coded data after each SOS is skipped up to
    the next marker. Returns a dict: segments [(marker, offset, length)], sofs (offsets),
    eoi_end (offset just past FF D9, or None) and error (None, 'no-soi', 'segment-past-end',
    'no-eoi', 'bad-marker')."""
    facts = {"segments": [], "sofs": [], "eoi_end": None, "error": None}
    if data[:3] != b"\xff\xd8\xff":
        facts["error"] = "no-soi"
        return facts
    i = 2
    n = len(data)
    while True:
        if i + 2 > n:
            facts["error"] = "no-eoi"
            return facts
        if data[i] != 0xFF:
            facts["error"] = "bad-marker"
            return facts
        while i + 1 < n and data[i + 1] == 0xFF:  # fill bytes
            i += 1
        if i + 1 >= n:
            facts["error"] = "no-eoi"
            return facts
        marker = data[i + 1]
        if marker == 0xD9:
            facts["eoi_end"] = i + 2
            return facts
        if marker in STANDALONE:
            i += 2
            continue
        if i + 4 > n:
            facts["error"] = "segment-past-end"
            return facts
        length = int.from_bytes(data[i + 2:i + 4], "big")
        if length < 2 or i + 2 + length > n:
            facts["error"] = "segment-past-end"
            return facts
        facts["segments"].append((marker, i, length))
        if marker in SOF_MARKERS:
            facts["sofs"].append(i)
        i += 2 + length
        if marker == 0xDA:  # entropy-coded data: FF 00 is a stuffed byte, FF D0-D7 a restart
            while True:
                j = data.find(b"\xff", i)
                if j < 0 or j + 1 >= n:
                    facts["error"] = "no-eoi"
                    return facts
                if data[j + 1] == 0x00 or data[j + 1] in STANDALONE:
                    i = j + 2
                    continue
                i = j
                break


def frame(data, sof_offset):
    """(marker, precision, height, width, components, segment length) of one SOF segment."""
    o = sof_offset
    return (data[o + 1], data[o + 4], int.from_bytes(data[o + 5:o + 7], "big"),
            int.from_bytes(data[o + 7:o + 9], "big"), data[o + 9],
            int.from_bytes(data[o + 2:o + 4], "big"))


def first(data, marker):
    """(offset, length) of the first segment with this marker."""
    for m, offset, length in walk(data)["segments"]:
        if m == marker:
            return offset, length
    raise ValueError("marker FF%02X not found" % marker)
PYLIB

# ---------------------------------------------------------------------------------------
# Source pictures and the small non-PDF, non-JPEG files.
"$PY" - "$work" <<'PYMISC'
import io, random, struct, sys, zipfile, zlib
from pathlib import Path
work = Path(sys.argv[1])

# 160x120 RGB picture: gradients, an XOR texture and a disc, so the JPEGs look like photos.
w, h = 160, 120
pixels = bytearray()
for y in range(h):
    for x in range(w):
        r, g, b = x * 255 // (w - 1), y * 255 // (h - 1), ((x ^ y) & 31) * 8
        if (x - 100) ** 2 + (y - 55) ** 2 < 35 ** 2:
            r, g, b = 255 - r, 255 - g, b // 2
        pixels += bytes((r, g, b))
(work / "photo.ppm").write_bytes(b"P6\n%d %d\n255\n" % (w, h) + pixels)

# 64x48, four colours in stripes and squares: written as PNG and as GIF (same picture).
pw, ph = 64, 48
palette = [(0x1F, 0x4E, 0x79), (0xF2, 0xF2, 0xF2), (0xC0, 0x39, 0x2B), (0x27, 0xAE, 0x60)]
index = [[(0 if y < 16 else 1 if y < 32 else 2) if (x // 8 + y // 8) % 3 else 3
          for x in range(pw)] for y in range(ph)]

def chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

raw = b"".join(b"\0" + b"".join(bytes(palette[i]) for i in row) for row in index)
Path("png-image.png").write_bytes(
    b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", pw, ph, 8, 2, 0, 0, 0))
    + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

# GIF89a with LZW minimum code size 2: a clear code before every two pixels keeps every
# code 3 bits wide, so no real compression is needed.
codes = []
flat = [i for row in index for i in row]
for k in range(0, len(flat), 2):
    codes += [4] + flat[k:k + 2]
codes.append(5)  # end of information
bits = acc = 0
lzw = bytearray()
for code in codes:
    acc |= code << bits
    bits += 3
    while bits >= 8:
        lzw.append(acc & 0xFF)
        acc >>= 8
        bits -= 8
if bits:
    lzw.append(acc & 0xFF)
blocks = b"".join(bytes([len(lzw[k:k + 255])]) + lzw[k:k + 255] for k in range(0, len(lzw), 255))
Path("gif-image.gif").write_bytes(
    b"GIF89a" + struct.pack("<HHBBB", pw, ph, 0x81, 0, 0) + b"".join(bytes(c) for c in palette)
    + b"," + struct.pack("<HHHHB", 0, 0, pw, ph, 0) + b"\x02" + blocks + b"\x00;")

# ZIP with one text file, fixed date and attributes.
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w") as archive:
    info = zipfile.ZipInfo("lettre-de-motivation.txt", date_time=(2024, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3
    info.external_attr = 0o100644 << 16
    archive.writestr(info, "Madame, Monsieur,\nThis text file sits in a ZIP archive.\n" * 3)
Path("zip-archive.zip").write_bytes(buffer.getvalue())

Path("html-page.html").write_text(
    "<!DOCTYPE html>\n<html lang=\"fr\">\n<head><meta charset=\"utf-8\"><title>CV</title></head>\n"
    "<body>\n<h1>Curriculum vitae</h1>\n<p>An HTML page renamed or uploaded in place of a PDF.</p>\n"
    "</body>\n</html>\n", encoding="utf-8", newline="\n")
(work / "polyglot.html").write_bytes(
    b"<!DOCTYPE html><html><body><script>alert(\"polyglot\")</script></body></html>\n")
Path("plain-text.txt").write_text(
    "Curriculum vitae\n\nThis is a plain text file, not a PDF or a JPEG.\n"
    "Cdg.Inscription must refuse it.\n", encoding="utf-8", newline="\n")

# A harmless PE-looking stub: MZ header, e_lfanew, "PE\0\0", a COFF header with no sections
# and no optional header. There is no code at all, in DOS or Windows form.
stub = bytearray(512)
stub[0:2] = b"MZ"
struct.pack_into("<HH", stub, 2, 512 % 512, 1)          # bytes on last page, pages in file
struct.pack_into("<H", stub, 8, 4)                      # header size in paragraphs
struct.pack_into("<I", stub, 0x3C, 0x80)                # e_lfanew
note = b"Cdg.Inscription test fixture: fake PE header, no code, not runnable.\r\n$"
stub[0x40:0x40 + len(note)] = note
stub[0x80:0x84] = b"PE\0\0"
struct.pack_into("<HHIIIHH", stub, 0x84, 0x8664, 0, 0, 0, 0, 0, 0x0002)
Path("windows-executable-stub.exe").write_bytes(bytes(stub))

seed = 20240101
data = random.Random(seed).randbytes(4096)
assert data[:2] != b"\xff\xd8" and data[:4] != b"%PDF", "choose another seed"
Path("random-bytes.bin").write_bytes(data)

Path("empty.pdf").write_bytes(b"")
Path("tiny-pdf-header-only.pdf").write_bytes(b"%PDF-1.4\n")
PYMISC

# ---------------------------------------------------------------------------------------
# JPEGs made by the tools.
photo="$work/photo.ppm"
cjpeg -quality 85 -outfile jpeg-baseline-rgb.jpg "$photo"
cjpeg -quality 85 -progressive -outfile jpeg-progressive.jpg "$photo"
cjpeg -quality 85 -grayscale -outfile jpeg-grayscale.jpg "$photo"
cjpeg -quality 85 -restart 1 -outfile jpeg-restart-markers.jpg "$photo"
cjpeg -quality 85 -optimize -outfile jpeg-optimized-huffman.jpg "$photo"
cjpeg -quality 85 -arithmetic -outfile jpeg-arithmetic-coding.jpg "$photo"
"${IM[@]}" "$photo" -strip -colorspace CMYK -quality 85 jpeg-cmyk.jpg

# JPEGs patched with Python; segments are found by walking their lengths.
"$PY" - "$work" <<'PYJPEG'
import struct, sys
from pathlib import Path
from fixturelib import walk, first, frame
work = Path(sys.argv[1])
baseline = Path("jpeg-baseline-rgb.jpg").read_bytes()
assert walk(baseline)["eoi_end"] == len(baseline)
sof, sof_length = first(baseline, 0xC0)

def save(name, data):
    Path(name).write_bytes(bytes(data))

# Exif APP1 (little-endian TIFF, IFD0 with Make, Model, Orientation, DateTime) in place of
# the JFIF APP0, as a camera writes it.
def exif_app1():
    entries = [(0x010F, 2, b"Cdg\0"), (0x0110, 2, b"Fixture Camera 1\0"), (0x0112, 3, 1),
               (0x0132, 2, b"2024:01:01 00:00:00\0")]
    values_at = 8 + 2 + 12 * len(entries) + 4
    ifd, values = struct.pack("<H", len(entries)), b""
    for tag, kind, value in entries:
        if kind == 3:
            field, count = struct.pack("<HH", value, 0), 1
        elif len(value) <= 4:
            field, count = value.ljust(4, b"\0"), len(value)
        else:
            field, count = struct.pack("<I", values_at + len(values)), len(value)
            values += value + b"\0" * (len(value) % 2)
        ifd += struct.pack("<HHI", tag, kind, count) + field
    tiff = b"II*\0" + struct.pack("<I", 8) + ifd + struct.pack("<I", 0) + values
    payload = b"Exif\0\0" + tiff
    return b"\xff\xe1" + struct.pack(">H", 2 + len(payload)) + payload

app0, app0_length = first(baseline, 0xE0)
assert app0 == 2 and baseline[app0 + 4:app0 + 9] == b"JFIF\0"
save("jpeg-exif-app1.jpg", baseline[:2] + exif_app1() + baseline[app0 + 2 + app0_length:])

save("jpeg-eoi-then-nul-padding.jpg", baseline + b"\0" * 8)
save("jpeg-truncated-half.jpg", baseline[:len(baseline) // 2])
save("jpeg-zip-appended.jpg", baseline + Path("zip-archive.zip").read_bytes())
save("jpeg-html-appended.jpg", baseline + (work / "polyglot.html").read_bytes())

patched = bytearray(baseline); patched[sof + 4] = 12          # sample precision P
save("jpeg-12-bit-precision.jpg", patched)
patched = bytearray(baseline); patched[sof + 1] = 0xC3        # SOF0 -> SOF3 (lossless)
save("jpeg-lossless-sof3.jpg", patched)
patched = bytearray(baseline); patched[sof + 7:sof + 9] = b"\0\0"   # X (width) = 0
save("jpeg-zero-width.jpg", patched)
patched = bytearray(baseline); patched[sof + 5:sof + 9] = struct.pack(">HH", 60000, 60000)
save("jpeg-60000-by-60000-pixels.jpg", patched)

# Nf = 2: drop the third component specification and shorten Lf by 3 bytes.
segment = bytearray(baseline[sof:sof + 2 + sof_length])
assert segment[9] == 3 and sof_length == 8 + 3 * 3
segment[9] = 2
segment[2:4] = struct.pack(">H", 8 + 3 * 2)
del segment[10 + 3 * 2:]
save("jpeg-two-components.jpg", baseline[:sof] + segment + baseline[sof + 2 + sof_length:])

# A second, identical SOF0 segment just before SOS.
sos, _ = first(baseline, 0xDA)
save("jpeg-two-frames.jpg", baseline[:sos] + baseline[sof:sof + 2 + sof_length] + baseline[sos:])

# Cut in the middle of the last DHT segment before SOS: its length runs past the end.
dht = [(o, l) for m, o, l in walk(baseline)["segments"] if m == 0xC4][-1]
save("jpeg-segment-length-past-end.jpg", baseline[:dht[0] + 2 + dht[1] // 2])

save("jpeg-no-start-of-image.jpg", baseline[2:])
PYJPEG

# ---------------------------------------------------------------------------------------
# PDFs.
"$PY" make_pdfs.py hand . "$work"

cat >"$work/text.ps" <<'PS'
%!PS-Adobe-3.0
<< /PageSize [595 842] >> setpagedevice
/Helvetica findfont 16 scalefont setfont
56 780 moveto (Cdg.Inscription fixture: a line of text printed by Ghostscript) show
showpage
PS
cat >"$work/three-pages.ps" <<'PS'
%!PS-Adobe-3.0
<< /PageSize [595 842] >> setpagedevice
1 1 3 {
  /Helvetica findfont 16 scalefont setfont
  56 780 moveto (Cdg.Inscription fixture: page ) show
  3 string cvs show ( of 3) show
  showpage
} for
PS
GS=(gs -q -dSAFER -dBATCH -dNOPAUSE -sDEVICE=pdfwrite -dCompatibilityLevel=1.4)
"${GS[@]}" -sOutputFile=pdf-ghostscript-text.pdf "$work/text.ps"
"${GS[@]}" -sOutputFile=pdf-three-pages.pdf "$work/three-pages.ps"
"$PY" make_pdfs.py fix-id pdf-ghostscript-text.pdf
"$PY" make_pdfs.py fix-id pdf-three-pages.pdf

qpdf --deterministic-id --force-version=2.0 pdf-minimal-hand-written.pdf pdf-version-2.0.pdf
qpdf --deterministic-id --object-streams=generate pdf-three-pages.pdf pdf-object-streams.pdf
qpdf --deterministic-id --linearize pdf-three-pages.pdf pdf-linearized.pdf
qpdf --deterministic-id --object-streams=generate "$work/javascript-indirect-action.pdf" \
    pdf-javascript-in-object-stream.pdf

# Encrypted. RC4 needs --allow-weak-crypto; --static-id/--static-aes-iv (qpdf's testing
# options) make RC4 and AES-128 output reproducible; AES-256 cannot be made so.
qpdf --static-id --allow-weak-crypto --encrypt user owner 128 --use-aes=n -- \
    pdf-ghostscript-text.pdf pdf-encrypted-rc4-user-password.pdf
qpdf --encrypt user owner 256 -- pdf-ghostscript-text.pdf pdf-encrypted-aes256.pdf
qpdf --static-id --static-aes-iv --encrypt "" owner 128 --use-aes=y \
    --print=none --modify=none --extract=n -- pdf-ghostscript-text.pdf pdf-encrypted-owner-password-only.pdf
qpdf --static-id --static-aes-iv --object-streams=generate --encrypt user owner 128 --use-aes=y -- \
    pdf-three-pages.pdf pdf-encrypted-object-streams.pdf
qpdf --static-id --static-aes-iv --linearize --encrypt user owner 128 --use-aes=y -- \
    pdf-three-pages.pdf pdf-encrypted-linearized.pdf
"$PY" make_pdfs.py update-without-encrypt pdf-encrypted-rc4-user-password.pdf \
    pdf-encrypted-earlier-update.pdf

size=$(wc -c <pdf-ghostscript-text.pdf)
head -c $((size / 2)) pdf-ghostscript-text.pdf >pdf-truncated-half.pdf
cat pdf-minimal-hand-written.pdf zip-archive.zip >pdf-zip-appended-after-eof.pdf

# ---------------------------------------------------------------------------------------
# fixtures.tsv
{
    printf 'file\texpected\tdescription\n'
    row() { printf '%s\t%s\t%s\n' "$1" "$2" "$3"; }
    row pdf-minimal-hand-written.pdf accepted "Hand-written PDF 1.4, one page, classic xref table with computed offsets"
    row pdf-ghostscript-text.pdf accepted "Ghostscript pdfwrite output of a PostScript line of text (one page)"
    row pdf-three-pages.pdf accepted "Ghostscript PDF, page count 3"
    row pdf-version-2.0.pdf accepted "Header %PDF-2.0 (qpdf --force-version=2.0 of the minimal file)"
    row pdf-object-streams.pdf accepted "qpdf --object-streams=generate: startxref points at a cross-reference stream, objects in an ObjStm"
    row pdf-linearized.pdf accepted "qpdf --linearize (first-page xref and trailer at the start of the file)"
    row pdf-incremental-update.pdf accepted "Minimal file plus an appended update section: own xref, trailer with /Prev, second %%EOF"
    row pdf-with-uri-link.pdf accepted "Link annotation with /A << /S /URI /URI (https://www.cdg.example/) >>: not active content"
    row pdf-eof-then-crlf-and-nul-padding.pdf accepted "Valid file, then CR LF and 16 NUL bytes after the final %%EOF"
    row pdf-scanned-jpeg-page.pdf accepted "A4 page drawing jpeg-baseline-rgb.jpg through an image XObject with /Filter /DCTDecode"
    row jpeg-baseline-rgb.jpg accepted "Baseline (SOF0) JFIF, 160x120, 3 components"
    row jpeg-progressive.jpg accepted "Progressive (SOF2), 160x120, 3 components (cjpeg -progressive)"
    row jpeg-grayscale.jpg accepted "Baseline, 1 component (cjpeg -grayscale)"
    row jpeg-cmyk.jpg accepted "Baseline, 4 components CMYK with Adobe APP14 (ImageMagick -colorspace CMYK)"
    row jpeg-restart-markers.jpg accepted "Baseline with DRI and RST0-RST7 markers in the scan (cjpeg -restart 1)"
    row jpeg-exif-app1.jpg accepted "Baseline with an APP1 Exif segment (IFD0: Make, Model, Orientation, DateTime) instead of JFIF"
    row jpeg-optimized-huffman.jpg accepted "Baseline with optimized Huffman tables (cjpeg -optimize)"
    row jpeg-eoi-then-nul-padding.jpg accepted "Baseline file followed by 8 NUL bytes after EOI"
    row empty.pdf file.empty "Zero bytes"
    row tiny-pdf-header-only.pdf file.too-small "Only the 9 bytes %PDF-1.4 and a line feed"
    row png-image.png file.type-not-accepted "PNG image, 64x48"
    row zip-archive.zip file.type-not-accepted "ZIP archive with one text file"
    row html-page.html file.type-not-accepted "HTML page"
    row windows-executable-stub.exe file.type-not-accepted "512 bytes: MZ header and a fake PE header, no code, not runnable"
    row plain-text.txt file.type-not-accepted "Plain UTF-8 text"
    row gif-image.gif file.type-not-accepted "GIF89a image, 64x48"
    row pdf-truncated-half.pdf file.truncated "pdf-ghostscript-text.pdf cut at half its size: no startxref, no %%EOF"
    row pdf-bytes-prepended.pdf file.type-not-accepted "64 bytes of text before %PDF (the minimal file follows)"
    row pdf-startxref-points-nowhere.pdf file.damaged "Minimal file whose startxref offset points into the middle of object 3"
    row pdf-startxref-beyond-end.pdf file.damaged "Minimal file whose startxref offset is 100000 bytes past the end of the file"
    row pdf-encrypted-rc4-user-password.pdf file.encrypted "RC4 128-bit (V2 R3), user password 'user', owner password 'owner'"
    row pdf-encrypted-aes256.pdf file.encrypted "AES-256 (V5 R6), user password 'user', owner password 'owner'"
    row pdf-encrypted-owner-password-only.pdf file.encrypted "AES-128 (V4 R4), empty user password, owner password 'owner', printing/modifying/extracting forbidden"
    row pdf-encrypted-object-streams.pdf file.encrypted "AES-128 with object streams: /Encrypt is in the cross-reference stream dictionary, no trailer keyword"
    row pdf-encrypted-linearized.pdf file.encrypted "AES-128, linearized: /Encrypt in the first-page trailer at the start of the file"
    row pdf-encrypted-earlier-update.pdf file.encrypted "RC4-encrypted file plus an incremental update whose trailer omits /Encrypt: only the first trailer has it"
    row pdf-javascript-open-action.pdf file.pdf-javascript "Catalog /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>"
    row pdf-javascript-hex-escaped-names.pdf file.pdf-javascript "Same open action written /S /J#61vaScript /J#53"
    row pdf-javascript-in-object-stream.pdf file.pdf-javascript "JavaScript action object compressed inside an ObjStm: the word JavaScript is not in the raw bytes"
    row pdf-javascript-in-incremental-update.pdf file.pdf-javascript "Clean first section; the update re-declares the catalog with /OpenAction to a JavaScript action"
    row pdf-annotation-aa-javascript.pdf file.pdf-javascript "Push-button widget annotation whose /AA /D action is JavaScript"
    row pdf-launch-action.pdf file.pdf-launch-action "Catalog /OpenAction << /S /Launch /F (calc.exe) >>"
    row pdf-embedded-file.pdf file.pdf-embedded-file "/Names << /EmbeddedFiles >> to a /Filespec whose /EF points at an /EmbeddedFile stream (note.txt)"
    row pdf-compression-bomb-object-stream.pdf file.compression-bomb "Classic xref; object 6 is a /Type /ObjStm /FlateDecode stream that inflates to 80 MiB"
    row pdf-object-stream-with-predictor.pdf accepted "Catalog, page tree and page in an ObjStm whose Flate data carry the PNG Up predictor (/Predictor 12 /Columns 8)"
    row pdf-object-stream-ascii85-flate.pdf accepted "Catalog, page tree and page in an ObjStm through /Filter [/ASCII85Decode /FlateDecode]"
    row pdf-javascript-in-misspelt-object-stream.pdf file.pdf-javascript "JavaScript open action compressed in an object stream typed /ObjStX, which the xref stream names (type 2 entries)"
    row pdf-javascript-in-untyped-object-stream.pdf file.pdf-javascript "JavaScript open action compressed in an object stream without /Type, which the xref stream names"
    row pdf-javascript-in-object-stream-with-predictor.pdf file.pdf-javascript "JavaScript open action in an ObjStm whose Flate data carry the PNG Up predictor: names scrambled until it is undone"
    row pdf-javascript-in-ascii85-object-stream.pdf file.pdf-javascript "JavaScript open action in an ObjStm through /Filter [/ASCII85Decode /FlateDecode]"
    row pdf-javascript-in-asciihex-object-stream.pdf file.pdf-javascript "JavaScript open action in an ObjStm through /Filter /ASCIIHexDecode"
    row pdf-javascript-in-run-length-object-stream.pdf file.pdf-javascript "JavaScript open action in an ObjStm through /Filter /RunLengthDecode"
    row pdf-javascript-hidden-in-stream-data.pdf file.pdf-javascript "Object 6, a JavaScript open action, inside the data that the content stream's /Length covers; the xref table points at it"
    row pdf-rich-media-annotation.pdf file.pdf-rich-media "Page with a /RichMedia annotation and its /RichMediaContent"
    row pdf-zip-appended-after-eof.pdf file.data-after-end "Minimal file followed by a ZIP archive after %%EOF"
    row jpeg-truncated-half.jpg file.truncated "Baseline file cut at half: scan data without EOI"
    row jpeg-zip-appended.jpg file.data-after-end "Baseline file followed by a ZIP archive (JPEG/ZIP polyglot)"
    row jpeg-html-appended.jpg file.data-after-end "Baseline file followed by an HTML page with a script"
    row jpeg-arithmetic-coding.jpg file.image-format-not-supported "Arithmetic coding, SOF9 (cjpeg -arithmetic)"
    row jpeg-12-bit-precision.jpg file.image-format-not-supported "Baseline file with the SOF0 precision byte patched to 12"
    row jpeg-lossless-sof3.jpg file.image-format-not-supported "Baseline file with the SOF0 marker patched to SOF3 (lossless)"
    row jpeg-two-components.jpg file.image-format-not-supported "SOF0 rewritten with Nf=2 and Lf=14 (third component removed); SOS unchanged"
    row jpeg-zero-width.jpg file.damaged "Baseline file with the SOF0 width patched to 0"
    row jpeg-60000-by-60000-pixels.jpg file.image-too-large "Baseline file whose SOF0 claims 60000x60000 (3.6 gigapixels); the data is 160x120"
    row jpeg-two-frames.jpg file.damaged "Baseline file with a second, identical SOF0 segment inserted before SOS"
    row jpeg-segment-length-past-end.jpg file.truncated "Baseline file cut in the middle of its last DHT segment: the segment length runs past the end"
    row jpeg-no-start-of-image.jpg file.type-not-accepted "Baseline file with its first two bytes (FF D8) removed"
    row random-bytes.bin file.type-not-accepted "4096 bytes from Python random.Random(20240101)"
} >fixtures.tsv

# ---------------------------------------------------------------------------------------
# Verification.
"$PY" - "${IDENTIFY[*]}" "${IM[*]}" <<'PYCHECK'
import json, re, subprocess, sys, zlib
from pathlib import Path
from fixturelib import walk, frame

identify, im = sys.argv[1].split(), sys.argv[2].split()
failures = []

def check(condition, name, message):
    if not condition:
        failures.append("%s: %s" % (name, message))

def run(*command):
    return subprocess.run(command, capture_output=True)

rows = [line.split("\t") for line in Path("fixtures.tsv").read_text().splitlines()]
assert rows[0] == ["file", "expected", "description"]
expected = {r[0]: r[1] for r in rows[1:]}
assert len(expected) == len(rows) - 1, "duplicate rows"
own = {"make-fixtures.sh", "make_pdfs.py", "fixtures.tsv", "README.md"}
present = {p.name for p in Path(".").iterdir()
           if p.is_file() and p.name not in own and not p.name.startswith(".")}
check(present == set(expected), "fixtures.tsv", "files %s vs rows %s" % (
    sorted(present - set(expected)), sorted(set(expected) - present)))
total = 0
for name in expected:
    size = Path(name).stat().st_size
    total += size
    check(size < 200 * 1024, name, "%d bytes, not under 200 KB" % size)
check(total < 1536 * 1024, "corpus", "total %d bytes, not under 1.5 MB" % total)

# ---- JPEG ----
accepted_jpegs = [n for n, e in expected.items() if n.endswith(".jpg") and e == "accepted"]
for name in accepted_jpegs:
    data = Path(name).read_bytes()
    facts = walk(data)
    check(facts["error"] is None, name, "walk error %s" % facts["error"])
    check(len(facts["sofs"]) == 1, name, "%d SOF segments" % len(facts["sofs"]))
    if facts["sofs"]:
        marker, precision, height, width, nf, length = frame(data, facts["sofs"][0])
        check(marker in (0xC0, 0xC1, 0xC2) and precision == 8 and nf in (1, 3, 4)
              and 0 < width * height <= 50_000_000 and length == 8 + 3 * nf, name,
              "frame %r" % (frame(data, facts["sofs"][0]),))
    if facts["eoi_end"] is not None:
        check(set(data[facts["eoi_end"]:]) <= {0}, name, "non-NUL data after EOI")
    result = run("djpeg", "-outfile", "/dev/null", name)
    check(result.returncode == 0 and not result.stderr, name, "djpeg: %r" % result.stderr)

def jpeg_facts(name):
    data = Path(name).read_bytes()
    facts = walk(data)
    frames = [frame(data, o) for o in facts["sofs"]]
    markers = [m for m, _, _ in facts["segments"]]
    tail = data[facts["eoi_end"]:] if facts["eoi_end"] is not None else None
    return data, facts, frames, markers, tail

data, facts, frames, markers, tail = jpeg_facts("jpeg-baseline-rgb.jpg")
check(frames[0][:5] == (0xC0, 8, 120, 160, 3) and tail == b"", "jpeg-baseline-rgb.jpg", repr(frames))
check(jpeg_facts("jpeg-progressive.jpg")[2][0][0] == 0xC2, "jpeg-progressive.jpg", "not SOF2")
check(jpeg_facts("jpeg-grayscale.jpg")[2][0][4] == 1, "jpeg-grayscale.jpg", "not 1 component")
check(jpeg_facts("jpeg-cmyk.jpg")[2][0][4] == 4, "jpeg-cmyk.jpg", "not 4 components")
check(0xEE in jpeg_facts("jpeg-cmyk.jpg")[3], "jpeg-cmyk.jpg", "no Adobe APP14")
data = Path("jpeg-restart-markers.jpg").read_bytes()
check(0xDD in jpeg_facts("jpeg-restart-markers.jpg")[3] and b"\xff\xd0" in data and b"\xff\xd1" in data,
      "jpeg-restart-markers.jpg", "no DRI or RST markers")
data, facts, frames, markers, tail = jpeg_facts("jpeg-exif-app1.jpg")
check(markers[0] == 0xE1 and data[6:12] == b"Exif\0\0" and 0xE0 not in markers, "jpeg-exif-app1.jpg", "no Exif APP1 first")
check(Path("jpeg-optimized-huffman.jpg").read_bytes() != Path("jpeg-baseline-rgb.jpg").read_bytes()
      and jpeg_facts("jpeg-optimized-huffman.jpg")[2][0][0] == 0xC0, "jpeg-optimized-huffman.jpg", "not optimized baseline")
check(jpeg_facts("jpeg-eoi-then-nul-padding.jpg")[4] == b"\0" * 8, "jpeg-eoi-then-nul-padding.jpg", "padding")

data, facts, frames, markers, tail = jpeg_facts("jpeg-truncated-half.jpg")
check(facts["error"] == "no-eoi" and 0xDA in markers, "jpeg-truncated-half.jpg", repr(facts["error"]))
check(jpeg_facts("jpeg-zip-appended.jpg")[4][:4] == b"PK\3\4", "jpeg-zip-appended.jpg", "no ZIP after EOI")
check(jpeg_facts("jpeg-html-appended.jpg")[4][:15] == b"<!DOCTYPE html>", "jpeg-html-appended.jpg", "no HTML after EOI")
data, facts, frames, markers, tail = jpeg_facts("jpeg-arithmetic-coding.jpg")
check([f[0] for f in frames] == [0xC9] and 0xC4 not in markers, "jpeg-arithmetic-coding.jpg", repr(frames))
check(run("djpeg", "-outfile", "/dev/null", "jpeg-arithmetic-coding.jpg").returncode == 0,
      "jpeg-arithmetic-coding.jpg", "djpeg cannot decode it")
for name, want in [("jpeg-12-bit-precision.jpg", (0xC0, 12, 120, 160, 3, 17)),
                   ("jpeg-lossless-sof3.jpg", (0xC3, 8, 120, 160, 3, 17)),
                   ("jpeg-two-components.jpg", (0xC0, 8, 120, 160, 2, 14)),
                   ("jpeg-zero-width.jpg", (0xC0, 8, 120, 0, 3, 17)),
                   ("jpeg-60000-by-60000-pixels.jpg", (0xC0, 8, 60000, 60000, 3, 17))]:
    data, facts, frames, markers, tail = jpeg_facts(name)
    check(facts["error"] is None and frames == [want] and tail == b"", name, "%r %r" % (facts["error"], frames))
data, facts, frames, markers, tail = jpeg_facts("jpeg-two-frames.jpg")
check(len(frames) == 2 and frames[0] == frames[1], "jpeg-two-frames.jpg", repr(frames))
check(facts["error"] is None and len(frames) == 2 and markers[markers.index(0xDA) - 1] == 0xC0,
      "jpeg-two-frames.jpg", "second SOF0 not right before SOS")
data, facts, frames, markers, tail = jpeg_facts("jpeg-segment-length-past-end.jpg")
check(facts["error"] == "segment-past-end" and 0xDA not in markers, "jpeg-segment-length-past-end.jpg", repr(facts["error"]))
check(walk(Path("jpeg-no-start-of-image.jpg").read_bytes())["error"] == "no-soi", "jpeg-no-start-of-image.jpg", "starts FF D8")
data = Path("random-bytes.bin").read_bytes()
check(len(data) == 4096 and data[:2] != b"\xff\xd8" and data[:4] != b"%PDF", "random-bytes.bin", "bad")

# ---- other types ----
for name, kind in [("png-image.png", "PNG"), ("gif-image.gif", "GIF")]:
    result = run(*identify, name)
    check(result.returncode == 0 and (" %s 64x48 " % kind).encode() in result.stdout, name, result.stdout + result.stderr)
png = run(*im, "png-image.png", "-depth", "8", "ppm:-").stdout
gif = run(*im, "gif-image.gif", "-depth", "8", "ppm:-").stdout
check(png and png == gif, "gif-image.gif", "decodes differently from png-image.png")
import zipfile
check(zipfile.ZipFile("zip-archive.zip").testzip() is None, "zip-archive.zip", "CRC error")
check(Path("windows-executable-stub.exe").read_bytes()[:2] == b"MZ", "windows-executable-stub.exe", "no MZ")
check(Path("empty.pdf").stat().st_size == 0, "empty.pdf", "not empty")
check(Path("tiny-pdf-header-only.pdf").read_bytes() == b"%PDF-1.4\n", "tiny-pdf-header-only.pdf", "content")

# ---- PDF ----
PASSWORD = {"pdf-encrypted-rc4-user-password.pdf": "user", "pdf-encrypted-aes256.pdf": "user",
            "pdf-encrypted-object-streams.pdf": "user", "pdf-encrypted-linearized.pdf": "user",
            "pdf-encrypted-owner-password-only.pdf": ""}

def qpdf(*arguments, name, password=None):
    extra = ["--password=" + password] if password else []
    return run("qpdf", *extra, *arguments, name)

def tail_after_eof(data):
    position = data.rfind(b"%%EOF")
    return None if position < 0 else data[position + 5:]

def startxref_target(data):
    """What the last startxref points at: 'xref', 'xref-stream', 'other' or 'beyond'."""
    position = data.rfind(b"startxref")
    offset = int(data[position + 9:].split()[0])
    if offset >= len(data):
        return "beyond"
    if data[offset:offset + 4] == b"xref":
        return "xref"
    if re.match(rb"\d+\s+\d+\s+obj\s*<<.*?/Type\s*/XRef", data[offset:offset + 400], re.S):
        return "xref-stream"
    return "other"

structurally_valid = [n for n, e in expected.items() if n.endswith(".pdf") and (
    e in ("accepted", "file.encrypted", "file.pdf-javascript", "file.pdf-launch-action",
          "file.pdf-embedded-file", "file.pdf-rich-media", "file.compression-bomb"))]
# qpdf reads an object stream of the wrong type, with a warning (exit code 3).
WARNED = {"pdf-javascript-in-misspelt-object-stream.pdf", "pdf-javascript-in-untyped-object-stream.pdf"}
for name in structurally_valid:
    data = Path(name).read_bytes()
    check(re.match(rb"%PDF-(1\.[0-7]|2\.0)\r?\n", data) is not None, name, "header")
    check(set(tail_after_eof(data) or b"x") <= set(b"\r\n \0"), name, "data after %%EOF")
    check(startxref_target(data) in ("xref", "xref-stream"), name, "startxref target %s" % startxref_target(data))
    if name == "pdf-encrypted-earlier-update.pdf":
        continue  # qpdf only reads the newest trailer, so it sees encrypted bytes as plain
    result = qpdf("--check", name=name, password=PASSWORD.get(name))
    check(result.returncode == (3 if name in WARNED else 0), name, "qpdf --check exit %d: %r" % (result.returncode, result.stderr[-300:]))
    shown = qpdf("--show-encryption", name=name, password=PASSWORD.get(name)).stdout
    if expected[name] == "file.encrypted":
        check(b"R = " in shown, name, "qpdf --show-encryption: %r" % shown[:100])
    else:
        check(b"File is not encrypted" in shown, name, "qpdf --show-encryption: %r" % shown[:100])

def raw(name):
    return Path(name).read_bytes()

check(qpdf("--show-npages", name="pdf-three-pages.pdf").stdout.strip() == b"3", "pdf-three-pages.pdf", "page count")
check(raw("pdf-version-2.0.pdf").startswith(b"%PDF-2.0\n"), "pdf-version-2.0.pdf", "header")
for name in ("pdf-object-streams.pdf", "pdf-encrypted-object-streams.pdf", "pdf-javascript-in-object-stream.pdf"):
    check(startxref_target(raw(name)) == "xref-stream" and b"/ObjStm" in raw(name), name, "no xref stream / ObjStm")
    check(b"trailer" not in raw(name), name, "has a trailer keyword")
for name in ("pdf-linearized.pdf", "pdf-encrypted-linearized.pdf"):
    result = qpdf("--check-linearization", name=name, password=PASSWORD.get(name))
    check(result.returncode == 0 and b"no linearization errors" in result.stdout, name, "linearization")
data = raw("pdf-encrypted-linearized.pdf")
first_trailer = data[data.find(b"trailer"):data.find(b"startxref")]
check(b"/Encrypt" in first_trailer and data.find(b"trailer") < 2000, "pdf-encrypted-linearized.pdf",
      "/Encrypt not in the first-page trailer")
data = raw("pdf-encrypted-object-streams.pdf")
xref_at = int(data[data.rfind(b"startxref") + 9:].split()[0])
check(b"/Encrypt" in data[xref_at:data.index(b"stream", xref_at)], "pdf-encrypted-object-streams.pdf",
      "/Encrypt not in the xref stream dictionary")
for name in ("pdf-incremental-update.pdf", "pdf-javascript-in-incremental-update.pdf", "pdf-encrypted-earlier-update.pdf"):
    data = raw(name)
    check(data.count(b"%%EOF") == 2 and data.count(b"\nxref\n") == 2 and b"/Prev" in data[data.rfind(b"trailer"):],
          name, "not one file plus one update")
data = raw("pdf-encrypted-earlier-update.pdf")
trailers = [data[m.start():data.index(b"startxref", m.start())] for m in re.finditer(rb"trailer", data)]
check(len(trailers) == 2 and b"/Encrypt" in trailers[0] and b"/Encrypt" not in trailers[1],
      "pdf-encrypted-earlier-update.pdf", "trailers %r" % trailers)
check(data.startswith(raw("pdf-encrypted-rc4-user-password.pdf")), "pdf-encrypted-earlier-update.pdf", "base changed")
data = raw("pdf-javascript-in-incremental-update.pdf")
first = data[:data.find(b"%%EOF") + 5]
check(b"JavaScript" not in first and b"/S /JavaScript" in data[len(first):], "pdf-javascript-in-incremental-update.pdf", "")
check(b"/URI (https://www.cdg.example/)" in raw("pdf-with-uri-link.pdf") and b"JavaScript" not in raw("pdf-with-uri-link.pdf"),
      "pdf-with-uri-link.pdf", "")
check(tail_after_eof(raw("pdf-eof-then-crlf-and-nul-padding.pdf")) == b"\n\r\n" + b"\0" * 16,
      "pdf-eof-then-crlf-and-nul-padding.pdf", "padding")
check(raw("jpeg-baseline-rgb.jpg") in raw("pdf-scanned-jpeg-page.pdf") and b"/DCTDecode" in raw("pdf-scanned-jpeg-page.pdf"),
      "pdf-scanned-jpeg-page.pdf", "JPEG not embedded")
check(b"/S /J#61vaScript /J#53 (" in raw("pdf-javascript-hex-escaped-names.pdf")
      and b"JavaScript" not in raw("pdf-javascript-hex-escaped-names.pdf"), "pdf-javascript-hex-escaped-names.pdf", "")
# The JavaScript action must be a compressed object (xref stream type 2).
name = "pdf-javascript-in-object-stream.pdf"
check(b"JavaScript" not in raw(name) and b"app.alert" not in raw(name), name, "JavaScript visible in raw bytes")
objects = json.loads(qpdf("--json", "--json-key=qpdf", name=name).stdout)["qpdf"][1]
actions = [k for k, v in objects.items() if isinstance(v.get("value"), dict) and v["value"].get("/S") == "/JavaScript"]
xref = qpdf("--show-xref", name=name).stdout.decode()
check(len(actions) == 1 and re.search(r"^%s/0: compressed; stream = \d+" % actions[0].split()[0].split(":")[1],
      xref, re.M) is not None, name, "action %r not compressed:\n%s" % (actions, xref))
check(b"/AA << /D << /S /JavaScript" in raw("pdf-annotation-aa-javascript.pdf"), "pdf-annotation-aa-javascript.pdf", "")
check(b"/S /Launch /F (calc.exe)" in raw("pdf-launch-action.pdf"), "pdf-launch-action.pdf", "")
check(b"/EmbeddedFiles" in raw("pdf-embedded-file.pdf") and b"/Type /EmbeddedFile " in raw("pdf-embedded-file.pdf"),
      "pdf-embedded-file.pdf", "")
attachments = qpdf("--list-attachments", name="pdf-embedded-file.pdf").stdout
check(b"note.txt" in attachments, "pdf-embedded-file.pdf", "qpdf --list-attachments: %r" % attachments)
data = raw("pdf-compression-bomb-object-stream.pdf")
m = re.search(rb"6 0 obj\n<< /Type /ObjStm .*?/Length (\d+) >>\nstream\n", data)
inflated = len(zlib.decompress(data[m.end():m.end() + int(m.group(1))])) if m else 0
check(inflated > 64 * 1024 * 1024 and startxref_target(data) == "xref", "pdf-compression-bomb-object-stream.pdf",
      "inflates to %d bytes" % inflated)
check(raw("pdf-truncated-half.pdf") and b"%%EOF" not in raw("pdf-truncated-half.pdf")
      and raw("pdf-ghostscript-text.pdf").startswith(raw("pdf-truncated-half.pdf")), "pdf-truncated-half.pdf", "")
data = raw("pdf-bytes-prepended.pdf")
check(data.find(b"%PDF") == 64 and data[64:] == raw("pdf-minimal-hand-written.pdf"), "pdf-bytes-prepended.pdf", "")
check(startxref_target(raw("pdf-startxref-points-nowhere.pdf")) == "other", "pdf-startxref-points-nowhere.pdf", "")
check(startxref_target(raw("pdf-startxref-beyond-end.pdf")) == "beyond", "pdf-startxref-beyond-end.pdf", "")
data = raw("pdf-zip-appended-after-eof.pdf")
check(tail_after_eof(data[:len(raw("pdf-minimal-hand-written.pdf"))]) == b"\n"
      and data.endswith(raw("zip-archive.zip")), "pdf-zip-appended-after-eof.pdf", "")

# The reader's view: qpdf resolves each file and finds the script, as a reader would.
def resolved_names(name):
    result = qpdf("--json", "--json-key=qpdf", "--json-stream-data=none", name=name)
    names = set()
    def walk_value(value):
        if isinstance(value, dict):
            for key, item in value.items():
                names.add(key)
                walk_value(item)
        elif isinstance(value, list):
            for item in value:
                walk_value(item)
        elif isinstance(value, str) and value.startswith("/"):
            names.add(value)
    walk_value(json.loads(result.stdout)["qpdf"][1])
    return names

for name in ("pdf-javascript-in-misspelt-object-stream.pdf", "pdf-javascript-in-untyped-object-stream.pdf",
             "pdf-javascript-in-object-stream-with-predictor.pdf", "pdf-javascript-in-ascii85-object-stream.pdf",
             "pdf-javascript-in-asciihex-object-stream.pdf"):
    check(b"JavaScript" not in raw(name) and "/JavaScript" in resolved_names(name), name, "script not hidden, or not found by qpdf")
check("/JavaScript" in resolved_names("pdf-javascript-in-run-length-object-stream.pdf"),
      "pdf-javascript-in-run-length-object-stream.pdf", "script not found by qpdf")
check(b"/Type /ObjStX" in raw("pdf-javascript-in-misspelt-object-stream.pdf"), "pdf-javascript-in-misspelt-object-stream.pdf", "")
check(b"/ObjStm" not in raw("pdf-javascript-in-untyped-object-stream.pdf"), "pdf-javascript-in-untyped-object-stream.pdf", "typed")
check(b"/Predictor 12" in raw("pdf-javascript-in-object-stream-with-predictor.pdf"), "pdf-javascript-in-object-stream-with-predictor.pdf", "")
data = raw("pdf-javascript-hidden-in-stream-data.pdf")
length = int(re.search(rb"5 0 obj\n<< /Length (\d+) >>\nstream\n", data).group(1))
data_start = data.index(b"stream\n", data.index(b"5 0 obj")) + 7
check(data.index(b"6 0 obj") < data_start + length - 64 and "/JavaScript" in resolved_names("pdf-javascript-hidden-in-stream-data.pdf"),
      "pdf-javascript-hidden-in-stream-data.pdf", "object 6 not inside the stream's data")
check("/RichMedia" in resolved_names("pdf-rich-media-annotation.pdf"), "pdf-rich-media-annotation.pdf", "")
for name in ("pdf-object-stream-with-predictor.pdf", "pdf-object-stream-ascii85-flate.pdf"):
    check(not resolved_names(name) & {"/JavaScript", "/JS", "/Launch", "/EmbeddedFile", "/EmbeddedFiles", "/RichMedia", "/XFA"},
          name, "active content")

for failure in failures:
    print("FAIL " + failure, file=sys.stderr)
if failures:
    sys.exit(1)
print("make-fixtures.sh: %d fixtures written and verified, %d bytes in all" % (len(expected), total))
PYCHECK
