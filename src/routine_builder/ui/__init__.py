"""The Qt application: windows, editors, models and translations. Uses the domain and the export."""
