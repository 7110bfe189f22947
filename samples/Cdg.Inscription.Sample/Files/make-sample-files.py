#!/usr/bin/env python3
"""Writes the files that the sample's candidates upload (Python 3, standard library only).

Each PDF is a one-page A4 document with a line of text, written by the same functions as the
test corpus (tests/Cdg.Inscription.Tests/Files/Fixtures/make_pdfs.py). The two JPEG photos and
the password-protected form are copied from that corpus. Run from anywhere:

    python3 samples/Cdg.Inscription.Sample/Files/make-sample-files.py
"""

import shutil
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
fixtures = here.parents[2] / "tests" / "Cdg.Inscription.Tests" / "Files" / "Fixtures"
sys.path.insert(0, str(fixtures))
import make_pdfs  # noqa: E402

# Text in WinAnsiEncoding (Latin-1 for these letters), as the Helvetica font of the page expects.
pdfs = {
    "dossier-inscription-signe.pdf": "Dossier d'inscription - Sophie Durand - date et signe",
    "carte-identite-recto-verso.pdf": "Carte nationale d'identite - Sophie Durand - recto et verso",
    "cv-sophie-durand.pdf": "Curriculum vitae - Sophie Durand",
    "certificat-medecin-agree.pdf": "Certificat medical d'un medecin agree - Sophie Durand",
    "carte-identite-lisible.pdf": "Carte nationale d'identite - Sophie Durand - copie nette",
    "etat-des-services.pdf": "Etat des services signe par l'employeur - Sophie Durand",
    "inscription-karim-benali.pdf": "Dossier d'inscription - Karim Benali",
    "passeport-karim-benali.pdf": "Passeport - Karim Benali",
    "formulaire-julie-moreau.pdf": "Dossier d'inscription - Julie Moreau",
    "etat-des-services-julie-moreau.pdf": "Etat des services - Julie Moreau - deux ans et demi",
}
for name, text in pdfs.items():
    (here / name).write_bytes(make_pdfs.one_page(text.encode("latin-1")))

copies = {
    "jpeg-baseline-rgb.jpg": "photo-carte-identite-floue.jpg",
    "jpeg-progressive.jpg": "carte-identite-julie-moreau.jpg",
    "pdf-encrypted-rc4-user-password.pdf": "dossier-inscription-protege.pdf",
}
for source, target in copies.items():
    shutil.copyfile(fixtures / source, here / target)
