"""The main window and what it is built from: actions, the area pane, the save status, the commands."""
