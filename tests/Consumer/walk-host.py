"""Walks a dossier through the host of docs/hosting.md, as a browser would: the consumer test's HTTP part.

Usage: walk-host.py <base URL> <data folder> <valid PDF> ; exits non-zero at the first thing that is not as the guide says.
"""
import html
import http.client
import http.cookiejar
import json
import pathlib
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

base, data, pdf = sys.argv[1].rstrip("/"), pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3]).read_bytes()
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def fail(message):
    sys.exit(f"walk-host: {message}")


def send(path, body=None, content_type=None):
    request = urllib.request.Request(base + path, data=body, headers={"Content-Type": content_type} if content_type else {})
    try:
        with opener.open(request) as response:
            return response.status, response.geturl(), response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.geturl(), error.read().decode("utf-8")


def send_large(path, body, content_type):
    """Posts a large body in blocks, as a browser does; a server that answers before the end closes the connection."""
    target = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
    connection.putrequest("POST", path)
    connection.putheader("Content-Type", content_type)
    connection.putheader("Content-Length", str(len(body)))
    cookies = "; ".join(f"{c.name}={c.value}" for c in jar)
    connection.putheader("Cookie", cookies)
    connection.endheaders()
    sent = 0
    try:
        while sent < len(body):
            connection.send(body[sent:sent + 65536])
            sent += 65536
    except (BrokenPipeError, ConnectionResetError):
        pass
    response = connection.getresponse()
    return response.status, response.read().decode("utf-8"), min(sent, len(body))


def hidden(page):
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', page))
    if not fields:
        fail("the page has no hidden antiforgery field")
    return {name: html.unescape(value) for name, value in fields.items()}


def multipart(fields, name, content, content_type):
    boundary = uuid.uuid4().hex
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode() for k, v in fields.items()]
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\nContent-Type: {content_type}\r\n\r\n'.encode() + content + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


status, _, page = send("/sessions/REDACTEUR-INT/preinscription")
status == 200 or fail(f"the pre-registration page answered {status}")
form = hidden(page) | {"familyName": "Martin", "givenName": "Camille", "street": "12 rue de la Paix", "postalCode": "53000", "city": "Laval", "email": "camille.martin@exemple.fr"}
status, url, page = send("/sessions/REDACTEUR-INT/dossiers", urllib.parse.urlencode(form).encode(), "application/x-www-form-urlencoded")
status == 200 and "/dossiers/" in url or fail(f"the pre-registration answered {status} at {url}: {page[:300]}")
number = url.rsplit("/", 1)[1]
"EN ATTENTE DE VOTRE DOSSIER" in page or fail("the new dossier does not show EN ATTENTE DE VOTRE DOSSIER")
print(f"pre-registered: dossier {number}")

body, kind = multipart(hidden(page), "carte d'identité.pdf", pdf, "application/pdf")
status, _, page = send(f"/dossiers/{number}/pieces/identity-document/files", body, kind)
status == 200 and "carte d'identité.pdf" in html.unescape(page) or fail(f"the upload answered {status}: {page[:300]}")
print("uploaded: carte d'identité.pdf")

body, kind = multipart(hidden(page), "photo.jpg", pdf, "image/jpeg")
status, _, problem = send(f"/dossiers/{number}/pieces/identity-document/files", body, kind)
codes = [v["code"] for v in json.loads(problem).get("violations", [])] if status == 422 else []
"file.name-contradicts-content" in codes or fail(f"a PDF named photo.jpg answered {status}: {problem[:300]}")
print("refused in French: " + json.loads(problem)["detail"][:90] + "…")

# Past the limit (10 Mio): the server refuses the declared length before the antiforgery middleware reads the form.
body, kind = multipart(hidden(page), "scan.pdf", b"%PDF-1.7\n" + b"0" * (12 * 1024 * 1024), "application/pdf")
status, problem, sent = send_large(f"/dossiers/{number}/pieces/identity-document/files", body, kind)
codes = [v["code"] for v in json.loads(problem).get("violations", [])] if status == 413 else []
codes == ["file.too-large"] or fail(f"a 12 Mio upload answered {status}: {problem[:300]}")
print(f"too large, in French, after {sent} of {len(body)} bytes sent: " + json.loads(problem)["violations"][0]["message"][:60] + "…")

status, _, page = send(f"/dossiers/{number}/closure", urllib.parse.urlencode(hidden(page)).encode(), "application/x-www-form-urlencoded")
status == 200 and "EN COURS D'INSTRUCTION" in html.unescape(page) or fail(f"the closure answered {status}: {page[:300]}")
print("closed: EN COURS D'INSTRUCTION")

for _ in range(100):
    mails = [m for m in (data / "mail").glob("*.eml") if f"X-Cdg-Message-Key: {number}/3" in m.read_text(encoding="utf-8", errors="replace")]
    if mails:
        print(f"e-mail of the closure in the pickup folder: {mails[0].name}")
        break
    time.sleep(0.2)
else:
    fail("no .eml for the closure (event 3) in the pickup folder")
print("host walked")
