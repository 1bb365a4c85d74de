"""The form: the current section's questions, one editor per question type."""
