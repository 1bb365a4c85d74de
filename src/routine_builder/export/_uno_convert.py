"""Run by a Python that has LibreOffice's ``uno`` module (not imported by the package itself).

Usage: python _uno_convert.py SOFFICE PROFILE_URL

Starts a private headless LibreOffice and answers requests, one JSON object per line on standard input,
one JSON answer per line on standard output, until standard input closes:

``{"pages": IN_URL, "bookmarks": [NAME, …]}``
    lays the document out (as for the PDF) and answers ``{"pages": {NAME: PAGE, …}, "count": PAGES, "breaks":
    [[TEXT, N], …]}``: the page on which each bookmark starts, and the paragraphs before which the layout put a
    page break (:func:`keep_with_next`), each as its text and the number of body paragraphs with the same text
    before it, so that the document's writer can put those breaks into the file. Nothing is saved.
``{"pdf": IN_URL, "out": OUT_URL}``
    stores a tagged PDF/UA (title in the window title, bookmarks from the headings) at ``OUT_URL``; the
    document's fields are refreshed, its table of contents is kept as it was written.

Both lay the document out the same way, so that the pages found are the pages of the PDF: a heading or
lead that LibreOffice leaves alone at a page's foot, although it keeps with the next paragraph, is moved
to the next page (:func:`keep_with_next`). Nothing is ever saved into the document.

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


def keep_with_next(document):
    """Start a new page before a heading or lead left alone at a page's foot although it keeps with the next.

    Word keeps such a paragraph (a heading, a lead such as "Det gäller:") with the next one; LibreOffice
    can lose the keep when later pages make it lay the document out again. Only each page's last line is
    looked at, a few calls per page: when it ends a paragraph that keeps with the next, a page break goes
    before that paragraph (or before the first of a run of them at the page's foot). Returns the
    paragraphs given a break, as (text, number of body paragraphs with that text before it).
    """
    view = document.getCurrentController().getViewCursor()
    view.jumpToLastPage()
    pages, page = view.getPage(), 1
    broken = []
    while page < pages:
        first = _parted_at_foot(document, view, page)
        if first is not None:
            paragraph, identity = _visible(document, first)
            paragraph.BreakType = uno.Enum("com.sun.star.style.BreakType", "PAGE_BEFORE")
            broken.append(identity)
            view.jumpToLastPage()
            pages = view.getPage()
        page += 1
    return broken


def _visible(document, cursor):
    """The first paragraph with text from ``cursor`` on, and its (text, number of earlier body paragraphs with it).

    An empty paragraph (the hidden one that opens a control of a remiss file) is passed over: the break
    goes before the text that follows it.
    """
    text = document.getText()
    seen: dict[str, int] = {}
    found = None
    for element in text.createEnumeration():
        if not element.supportsService("com.sun.star.text.Paragraph"):
            if found is not None:
                break  # a table follows the empty paragraphs: the break stays where it was found
            continue
        string = element.getString()
        if found is None and text.compareRegionStarts(element.getStart(), cursor.getStart()) == 0:
            found = element
        if found is not None and string.strip():  # a hidden mark reads as "\r"
            return element, [string, seen.get(string, 0)]
        seen[string] = seen.get(string, 0) + 1
    if found is None:
        raise RuntimeError("stycket före sidbrytningen hittades inte")
    return found, ["", 0]  # no text to find it by: the document's writer cannot carry this break


def _parted_at_foot(document, view, page):
    """A cursor on the first paragraph of the run kept with the next page's text at ``page``'s foot, or None."""
    text = document.getText()
    view.jumpToPage(page)
    view.jumpToEndOfPage()
    if view.TextTable is not None or view.TextFrame is not None:
        return None  # a table row or a box ends the page: its own keeping applies
    cursor = text.createTextCursorByRange(view.getStart())
    if not (cursor.isEndOfParagraph() and cursor.ParaKeepTogether):
        return None
    following = text.createTextCursorByRange(cursor.getEnd())
    if following.gotoNextParagraph(False) and (following.BreakType.value != "NONE" or following.PageDescName):
        return None  # what follows starts a page of its own anyway
    cursor.gotoStartOfParagraph(False)
    while True:  # earlier lines of the run on the same page, never across a table
        view.gotoRange(cursor.getStart(), False)
        if not view.goUp(1, False) or view.getPage() != page or view.TextTable is not None:
            break
        above = text.createTextCursorByRange(view.getStart())
        if not above.ParaKeepTogether:
            break
        above.gotoStartOfParagraph(False)
        cursor = above
    view.jumpToPage(page)
    view.jumpToStartOfPage()
    if text.compareRegionStarts(view.getStart(), cursor.getStart()) == 0:
        return None  # the run fills the page from its top: it cannot move
    return cursor


def _pages(desktop, request):
    document = _load(desktop, request["pages"])
    try:
        breaks = keep_with_next(document)
        controller = document.getCurrentController()
        cursor = controller.getViewCursor()
        marks = document.getBookmarks()
        pages = {}
        for name in request.get("bookmarks", []):
            if marks.hasByName(name):
                cursor.gotoRange(marks.getByName(name).getAnchor().getStart(), False)
                pages[name] = cursor.getPage()
        return {"pages": pages, "count": controller.getPropertyValue("PageCount"), "breaks": breaks}
    finally:
        document.close(True)


def _pdf(desktop, request):
    document = _load(desktop, request["pdf"])
    try:
        document.getTextFields().refresh()
        keep_with_next(document)
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
