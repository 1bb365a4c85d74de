"""Run by a Python with LibreOffice's ``uno``: accept or reject every tracked change and report the text.

Usage: python uno_resolve.py SOFFICE PROFILE_URL DOC_URL…

Prints one JSON object: {DOC_URL: {"accept": BLOCKS, "reject": BLOCKS, "shown": BLOCKS}}, where BLOCKS
lists the body in order: ``["p", style, text]`` for a paragraph and ``["row", cell texts…]`` for each
table row. "shown" is the document as loaded, changes neither accepted nor rejected.
"""

import contextlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src" / "routine_builder" / "export"))
from _uno_convert import connect, prop


def _blocks(document):
    blocks = []
    items = document.getText().createEnumeration()
    while items.hasMoreElements():
        item = items.nextElement()
        if item.supportsService("com.sun.star.text.Paragraph"):
            blocks.append(["p", item.ParaStyleName, item.getString()])
        elif item.supportsService("com.sun.star.text.TextTable"):
            rows = item.getRows().getCount()
            columns = item.getColumns().getCount()
            for row in range(rows):
                cells = []
                for column in range(columns):
                    cell = item.getCellByPosition(column, row)
                    cells.append(cell.getString() if cell is not None else "")
                blocks.append(["row", *cells])
    return blocks


def main(soffice, profile_url, urls):
    """Print every document's blocks as shown, accepted and rejected."""
    office, context = connect(soffice, profile_url)
    if context is None:
        raise SystemExit("LibreOffice svarade inte")
    manager = context.ServiceManager
    desktop = manager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    dispatcher = manager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
    result = {}
    for url in urls:
        result[url] = {}
        for action in ("shown", "accept", "reject"):
            document = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
            if action != "shown":
                command = ".uno:AcceptAllTrackedChanges" if action == "accept" else ".uno:RejectAllTrackedChanges"
                dispatcher.executeDispatch(document.getCurrentController().getFrame(), command, "", 0, ())
            result[url][action] = _blocks(document)
            document.close(True)
    print(json.dumps(result))
    with contextlib.suppress(Exception):  # the bridge drops while LibreOffice quits
        desktop.terminate()
    office.wait(timeout=60)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
