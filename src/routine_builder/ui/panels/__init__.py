"""The panels beside the form: area list, section navigator, help, preview, answers without a question."""
