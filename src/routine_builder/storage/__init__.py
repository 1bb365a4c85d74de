"""Reading and writing files safely: YAML in one place, atomic writes in one place. No Qt."""

from routine_builder.storage.atomic import atomic_write, file_digest, write_new
from routine_builder.storage.os_errors import os_error, os_reason
from routine_builder.storage.yaml_io import LineDict, LineList, dump_yaml, load_yaml, load_yaml_text

__all__ = [
    "LineDict",
    "LineList",
    "atomic_write",
    "dump_yaml",
    "file_digest",
    "load_yaml",
    "load_yaml_text",
    "os_error",
    "os_reason",
    "write_new",
]
