"""Versions and comparisons in the app: the compare window, the cross-area view and the history panel."""
