"""The routine as a document: blocks built from the answers and their phrasing, and their HTML rendering.

Pure Python (no Qt, no python-docx, no lxml): the app's preview imports it on start-up, and the Word
export renders the same blocks with python-docx.
"""

from routine_builder.document.blocks import Block
from routine_builder.document.build import Routine, RoutineSource, build_chapter, build_routine

__all__ = ["Block", "Routine", "RoutineSource", "build_chapter", "build_routine"]
