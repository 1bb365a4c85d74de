"""The app's dialogs, one module each.

- :mod:`.new_area_dialog`: a new area from the catalogue (delregional area, local group or custom)
- :mod:`.document_data_dialog`: status, version, adoption and owner of the routine
- :mod:`.export_dialog`: the Word routine (and PDF), with the missing required answers as links
- :mod:`.settings_dialog`: language, theme and autosave delay
- :mod:`.about_dialog`: name, version and licence

Each dialog takes what it needs in its constructor and hands its result back through a method
(``area_info()``, ``document_info()``) or a signal; none of them reaches for global state. Import
them from their modules, so that opening one dialog does not load the others (the export dialog
pulls in python-docx).
"""
