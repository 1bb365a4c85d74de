"""The banners above the form: lock, save problems, conflict copies, area identity, revision."""
