"""Run by a Python that has LibreOffice's ``uno`` module (not imported by the package itself).

Usage: python _uno_convert.py SOFFICE PROFILE_URL

Starts a private headless LibreOffice and answers requests, one JSON object per line on standard input,
one JSON answer per line on standard output, until standard input closes:

``{"pages": IN_URL, "bookmarks": [NAME, …]}``
    lays the document out and answers ``{"pages": {NAME: PAGE, …}, "count": PAGES}``: the page on
    which each bookmark starts. Nothing is saved.
``{"pdf": IN_URL, "out": OUT_URL}``
    stores a tagged PDF/UA (title in the window title, bookmarks from the headings) at ``OUT_URL``; the
    document's fields are refreshed, its table of contents is kept as it was written.

An answer ``{"error": TEXT}`` reports a request that failed; the first line is ``{"ready": true}``.
"""

import contextlib
import json
import subprocess
import sys
import time
import uuid

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]

CONNECT_TIMEOUT = 90


def prop(name, value):
    """A UNO PropertyValue."""
    prop = PropertyValue()
    prop.Name = name
    prop.Value = value
    return prop


def _answer(data):
    sys.stdout.write(json.dumps(data) + "\n")
    sys.stdout.flush()


def connect(soffice, profile_url):
    """Start a private headless LibreOffice; returns (process, component context), None when it fails."""
    pipe = "routinebuilder" + uuid.uuid4().hex
    office = subprocess.Popen(
        [
            soffice,
            f"-env:UserInstallation={profile_url}",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
            f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    started = time.monotonic()
    while True:
        try:
            context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            break
        except NoConnectException:
            if time.monotonic() - started > CONNECT_TIMEOUT or office.poll() is not None:
                return office, None
            time.sleep(0.05)
    return office, context


def _load(desktop, url):
    document = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
    if document is None:
        raise RuntimeError("dokumentet kunde inte öppnas")
    return document


def _pages(desktop, request):
    document = _load(desktop, request["pages"])
    try:
        controller = document.getCurrentController()
        cursor = controller.getViewCursor()
        marks = document.getBookmarks()
        pages = {}
        for name in request.get("bookmarks", []):
            if marks.hasByName(name):
                cursor.gotoRange(marks.getByName(name).getAnchor().getStart(), False)
                pages[name] = cursor.getPage()
        return {"pages": pages, "count": controller.getPropertyValue("PageCount")}
    finally:
        document.close(True)


def _pdf(desktop, request):
    document = _load(desktop, request["pdf"])
    try:
        document.getTextFields().refresh()
        filter_data = uno.Any(
            "[]com.sun.star.beans.PropertyValue",
            (
                prop("UseTaggedPDF", True),
                prop("PDFUACompliance", True),
                prop("ExportBookmarks", True),
                prop("DisplayPDFDocumentTitle", True),
                prop("UseLosslessCompression", True),
            ),
        )
        document.storeToURL(request["out"], (prop("FilterName", "writer_pdf_Export"), prop("FilterData", filter_data)))
        return {"done": True}
    finally:
        document.close(True)


def main(soffice, profile_url):
    """Serve requests until standard input closes; returns the exit status."""
    office, context = connect(soffice, profile_url)
    desktop = None
    try:
        if context is None:
            _answer({"error": "LibreOffice svarade inte"})
            return 1
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        _answer({"ready": True})
        for line in sys.stdin:
            if not line.strip():
                continue
            request = json.loads(line)
            try:
                _answer(_pages(desktop, request) if "pages" in request else _pdf(desktop, request))
            except Exception as exc:  # one failed document must not end the others
                _answer({"error": str(exc) or type(exc).__name__})
        with contextlib.suppress(Exception):  # the bridge drops while LibreOffice quits
            desktop.terminate()
        return 0
    finally:
        try:
            office.wait(timeout=30 if desktop is not None else 0.1)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
