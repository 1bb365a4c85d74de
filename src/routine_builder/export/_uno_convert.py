"""Run by a Python that has LibreOffice's ``uno`` module (not imported by the package itself).

Usage: python _uno_convert.py SOFFICE PROFILE_URL IN_URL OUT_URL

Starts a private headless LibreOffice, loads the document hidden, updates every index (the table of
contents) twice so that page numbers settle, stores a PDF and shuts LibreOffice down.
"""

import contextlib
import subprocess
import sys
import time
import uuid

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]

CONNECT_TIMEOUT = 90


def _prop(name, value):
    prop = PropertyValue()
    prop.Name = name
    prop.Value = value
    return prop


def main(soffice, profile_url, in_url, out_url):
    """Convert ``in_url`` to a PDF at ``out_url`` with fresh indexes; returns the exit status."""
    pipe = "routinebuilder" + uuid.uuid4().hex
    office = subprocess.Popen(
        [soffice, f"-env:UserInstallation={profile_url}", "--headless", "--invisible", "--norestore",
         "--nologo", "--nodefault", "--nolockcheck", f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        started = time.monotonic()
        while True:
            try:
                context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except NoConnectException:
                if time.monotonic() - started > CONNECT_TIMEOUT:
                    print("LibreOffice svarade inte", file=sys.stderr)
                    return 1
                time.sleep(0.1)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        document = desktop.loadComponentFromURL(in_url, "_blank", 0, (_prop("Hidden", True),))
        if document is None:
            print("dokumentet kunde inte öppnas", file=sys.stderr)
            return 1
        indexes = document.getDocumentIndexes()
        for _round in range(2):
            for i in range(indexes.getCount()):
                indexes.getByIndex(i).update()
        document.getTextFields().refresh()
        document.storeToURL(out_url, (_prop("FilterName", "writer_pdf_Export"),))
        document.close(True)
        with contextlib.suppress(Exception):  # the bridge drops while LibreOffice quits
            desktop.terminate()
        return 0
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
