"""The one place where YAML is read and written.

Reading uses a safe loader that also refuses what PyYAML lets through silently: duplicate keys,
aliases (which can blow a small file up to gigabytes) and absurd nesting. Mappings and sequences come
back as :class:`LineDict` and :class:`LineList`, which remember the line of each key and item so that
later checks can name the line of a wrong value. Every problem becomes a
:class:`~routine_builder.errors.YamlFormatError` that names the file and the line.

Writing keeps the caller's key order, writes multi-line strings as block scalars, dates as ISO
dates and text as UTF-8 (not escaped), so that the files diff well in any tool.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import time
from pathlib import Path
from typing import Any

import yaml

from routine_builder.errors import YamlFormatError
from routine_builder.storage.os_errors import os_error
from routine_builder.storage.renames import RETRY_PAUSES

MAX_DEPTH = 40
MAX_BYTES = 20 * 1024 * 1024


class LineDict(dict[Any, Any]):
    """A mapping from YAML that knows its own line and the line of each key (1-based)."""

    line: int = 0
    key_lines: dict[Any, int]

    def line_of(self, key: Any) -> int:
        """The line of ``key``, or of the mapping itself when the key is absent."""
        lines: dict[Any, int] = getattr(self, "key_lines", {})
        return lines.get(key, self.line)


class LineList(list[Any]):
    """A sequence from YAML that knows its own line and the line of each item (1-based)."""

    line: int = 0
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        """The line of item ``index``."""
        lines = getattr(self, "item_lines", [])
        return lines[index] if 0 <= index < len(lines) else self.line


_ALIAS = "alias (*) är inte tillåtna i Routine Builders filer"
# libyaml's parser when PyYAML was built with it (about ten times faster), else the pure-Python one.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loader that tracks lines, refuses duplicate keys and aliases and limits nesting.

    The checks sit in the construction step, so they hold for the C parser as well: an alias is a node
    met a second time, nesting is counted while mappings and sequences are built.
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if node in self.constructed_objects or node in self.recursive_objects:
            raise _Problem(_ALIAS, node.start_mark.line + 1)
        try:
            return super().construct_object(node, deep)
        except (ValueError, OverflowError) as exc:  # a date that does not exist, an endless number, …
            raise _Problem(_impossible(node, exc), node.start_mark.line + 1) from None

    def _child(self, node: yaml.Node, line: int) -> Any:
        if node in self.constructed_objects:
            raise _Problem(_ALIAS, line)
        return self.construct_object(node, deep=True)

    def _enter(self, node: yaml.Node) -> None:
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise _Problem(f"är nästlad djupare än {MAX_DEPTH} nivåer", node.start_mark.line + 1)

    def construct_yaml_map(self, node: yaml.MappingNode) -> Any:
        data = LineDict()
        data.line = node.start_mark.line + 1
        data.key_lines = {}
        self._enter(node)
        yield data
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            key = self._child(key_node, line)
            try:
                hash(key)
            except TypeError:
                raise _Problem("har en nyckel som inte är text", line) from None
            if key in data.key_lines:
                raise _Problem(f"har nyckeln '{key}' två gånger (första gången på rad {data.key_lines[key]})", line)
            data.key_lines[key] = line
            data[key] = self._child(value_node, line)
        self._depth -= 1

    def construct_yaml_seq(self, node: yaml.SequenceNode) -> Any:
        data = LineList()
        data.line = node.start_mark.line + 1
        data.item_lines = [child.start_mark.line + 1 for child in node.value]
        self._enter(node)
        yield data
        data.extend(self._child(child, data.line) for child in node.value)
        self._depth -= 1


_DATE_ONLY = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")  # a YAML timestamp without its time of day


def _impossible(node: yaml.Node, exc: Exception) -> str:
    """Why a well-formed scalar cannot be a value (PyYAML's constructors raise a bare ValueError)."""
    text = str(getattr(node, "value", ""))
    shown = text if len(text) <= 40 else text[:37] + "…"
    if node.tag.endswith(":timestamp"):
        if _DATE_ONLY.fullmatch(text.strip()):
            return f"har ett datum som inte finns ('{shown}'; skriv ÅÅÅÅ-MM-DD, t.ex. 2026-02-28)"
        return f"har en tidpunkt som inte finns ('{shown}'; skriv ÅÅÅÅ-MM-DDTtt:mm, t.ex. 2026-02-28T14:30)"
    if node.tag.endswith(":int"):
        return f"har ett tal med orimligt många siffror ({len(text)} tecken)"
    return f"har ett värde som inte kan läsas ('{shown}': {exc})"


_Loader.add_constructor("tag:yaml.org,2002:map", _Loader.construct_yaml_map)
_Loader.add_constructor("tag:yaml.org,2002:seq", _Loader.construct_yaml_seq)


class _Problem(Exception):
    def __init__(self, reason: str, line: int | None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


def _decode(raw: bytes, path: Path) -> str:
    if not raw.strip():
        raise YamlFormatError("filen är tom", path=path)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise YamlFormatError(
            "filen är inte sparad som UTF-8 (spara den som UTF-8 och försök igen)", path=path, line=line
        ) from None


# PyYAML's problem strings (the C parser's and the pure-Python parser's wording) and what they mean, in
# the order they are tried. "{start}" is the line where the construct began (PyYAML's context mark).
_SYNTAX: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("expected ',' or ']'",),
        "en lista inom hakparenteser som börjar på rad {start} avslutas aldrig (, eller ] saknas)",
    ),
    (
        ("expected ',' or '}'",),
        "en mappning inom klammerparenteser som börjar på rad {start} avslutas aldrig (, eller }} saknas)",
    ),
    (
        ("unexpected end of stream",),
        "en text inom citattecken som börjar på rad {start} saknar sitt avslutande citattecken",
    ),
    (
        ("mapping values are not allowed",),
        "ett kolon (:) står där det inte får stå; sätt texten inom citattecken eller rätta indraget",
    ),
    (("could not find expected ':'",), "en nyckel saknar kolon (:) efter sig"),
    (
        ("expected '-' indicator", "block collection"),
        "indraget stämmer inte: raderna i en lista ska börja med '-' på samma indrag",
    ),
    (
        ("cannot start any token",),
        "tecknet '{char}' får inte inleda ett värde; sätt värdet inom citattecken",
    ),
    (
        ("unknown escape character",),
        "ett omvänt snedstreck (\\) inom dubbla citattecken kan inte läsas; använd enkla citattecken",
    ),
    (("expected key", "block mapping"), "text står där en ny nyckel väntades; kontrollera indraget och citattecknen"),
    (("undefined alias",), "alias (*) är inte tillåtna i Routine Builders filer"),
    (
        ("alphabetic or numeric character",),
        "ett & eller * följs inte av ett namn; sätt värdet inom citattecken",
    ),
    (("node content",), "ett värde saknas där ett väntades (till exempel står ett ] eller }} ensamt)"),
    (("incompatible YAML document",), "den är skriven för en annan YAML-version än 1.x"),
    (
        ("another document", "document start"),
        "den innehåller mer än ett YAML-dokument (---); den ska innehålla ett enda",
    ),
    (("special characters are not allowed", "control characters"), "den innehåller ett otillåtet styrtecken"),
)
_GENERAL = "kontrollera indrag, kolon och citattecken på raden"


def _problem_text(exc: yaml.YAMLError) -> str:
    text = " ".join(str(getattr(exc, part, None) or "") for part in ("context", "problem")).strip()
    return text or str(exc)


def _line_of(exc: yaml.YAMLError, text: str) -> int | None:
    mark: yaml.Mark | None = getattr(exc, "problem_mark", None)
    if mark is not None:
        return mark.line + 1
    position = getattr(exc, "position", None)  # a reader error (a control character) has only a position
    return text[:position].count("\n") + 1 if isinstance(position, int) else None


def _syntax(exc: yaml.YAMLError, text: str, line: int | None) -> str:
    """A Swedish sentence for a YAML syntax error (PyYAML only says it in English)."""
    problem = _problem_text(exc)
    start_mark = getattr(exc, "context_mark", None)
    start = start_mark.line + 1 if start_mark is not None else line
    lines = text.splitlines()
    mark = getattr(exc, "problem_mark", None)
    row = lines[mark.line] if mark is not None and mark.line < len(lines) else ""
    char = row[mark.column] if mark is not None and mark.column < len(row) else "?"
    for needles, sentence in _SYNTAX:
        if any(needle in problem for needle in needles):
            return "är inte giltig YAML: " + sentence.format(start=start, char=char)
    return f"är inte giltig YAML ({_GENERAL})"


def _translate(exc: yaml.YAMLError, text: str) -> tuple[str, int | None]:
    line = _line_of(exc, text)
    problem = _problem_text(exc)
    lines = text.splitlines()
    source = lines[line - 1] if line is not None and 0 < line <= len(lines) else ""
    indent = source[: len(source) - len(source.lstrip(" \t"))]
    if "\t" in indent or "'\\t'" in problem:
        return "har tabbtecken som indrag; YAML tillåter bara mellanslag", line
    if "could not determine a constructor for the tag" in problem or ("tag" in problem and "!!" in str(exc)):
        return "innehåller en otillåten YAML-tagg (till exempel !!python/…)", line
    if isinstance(exc, yaml.constructor.ConstructorError):
        return "innehåller ett värde som inte kan läsas (kontrollera värdet på raden)", line
    return _syntax(exc, text, line), line


def load_yaml_text(text: str, path: Path | str) -> Any:
    """Parse ``text`` (the content of ``path``) safely; see the module docstring."""
    path = Path(path)
    if not text.strip():
        raise YamlFormatError("filen är tom", path=path)
    try:
        data = yaml.load(text, Loader=_Loader)
    except _Problem as exc:
        raise YamlFormatError(f"filen {exc.reason}", path=path, line=exc.line) from None
    except yaml.YAMLError as exc:
        reason, line = _translate(exc, text)
        raise YamlFormatError(f"filen {reason}", path=path, line=line) from None
    except RecursionError:
        raise YamlFormatError("filen är för djupt nästlad", path=path) from None
    if data is None:
        raise YamlFormatError("filen innehåller inga uppgifter", path=path)
    return data


def _read_bytes(path: Path) -> bytes:
    """The file's bytes; on Windows, a file that is being replaced right now is read again after a moment."""
    for pause in (*RETRY_PAUSES, None):
        try:
            return path.read_bytes()
        except PermissionError:
            if pause is None or os.name != "nt":
                raise
            time.sleep(pause)
    raise AssertionError("unreachable")  # pragma: no cover


def read_text(path: Path | str) -> tuple[str, bytes]:
    """Read a UTF-8 text file; return the text and the raw bytes (for change detection)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise YamlFormatError(f"filen är för stor ({size // 1_000_000} MB)", path=path)
        raw = _read_bytes(path)
    except FileNotFoundError:
        raise YamlFormatError("filen finns inte", path=path) from None
    except IsADirectoryError:
        raise YamlFormatError("är en mapp, inte en fil", path=path) from None
    except OSError as exc:
        raise os_error(exc, path=path, doing="filen kan inte läsas", kind=YamlFormatError) from None
    return _decode(raw, path), raw


def load_yaml(path: Path | str) -> Any:
    """Read and parse a YAML file safely. Never writes anything."""
    text, _raw = read_text(path)
    return load_yaml_text(text, path)


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Safe dumper (libyaml's emitter when available) with block scalars and ISO timestamps.

    It never writes an alias for a value met twice (the loader refuses aliases): each is written out.
    """

    def ignore_aliases(self, data: Any) -> bool:
        return True


_NO_BLOCK = frozenset("\r\x85\u2028\u2029")


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # Block style reads best, but YAML folds these line breaks into "\n" there: quote such text instead.
    if not _NO_BLOCK.isdisjoint(value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


def _represent_datetime(dumper: yaml.SafeDumper, value: dt.datetime) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:timestamp", value.isoformat(timespec="seconds"))


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(dt.datetime, _represent_datetime)
_Dumper.add_representer(LineDict, yaml.SafeDumper.represent_dict)
_Dumper.add_representer(LineList, yaml.SafeDumper.represent_list)


def dump_yaml(data: Any) -> str:
    """Serialise ``data`` as YAML text in the project's stable style (LF line ends)."""
    return yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=100,
        line_break="\n",
    )
