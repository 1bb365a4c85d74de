"""One open area: its session (undo, autosave), opening, lock, watching, recovery, read-only view."""
