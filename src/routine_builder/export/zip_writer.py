"""A minimal ZIP writer that can reuse already compressed members.

``zipfile`` compresses every member on each write; a routine's template holds almost a megabyte of
styles that never change. Members here carry their deflated bytes, so an unchanged part is
compressed once per exporter instead of once per document. The archive is what ``zipfile`` writes
with ``ZIP_DEFLATED`` (no ZIP64: a routine is far below 4 GB).
"""

from __future__ import annotations

import io
import struct
import time
import zipfile
import zlib
from dataclasses import dataclass

_LOCAL = struct.Struct("<4s5H3L2H")
_CENTRAL = struct.Struct("<4s6H3L5H2L")
_END = struct.Struct("<4s4H2LH")
_VERSION = 20  # 2.0: deflate
_MADE_BY = (3 << 8) | _VERSION  # Unix, as zipfile writes on Linux and macOS
_PERMISSIONS = 0o600 << 16  # zipfile's default for members written from bytes


@dataclass(frozen=True)
class Member:
    """One member: its name, deflated data, CRC-32 and uncompressed size."""

    name: str
    deflated: bytes
    crc: int
    size: int

    @classmethod
    def of(cls, name: str, data: bytes) -> Member:
        """Compress ``data`` as ``zipfile`` does (zlib's default level, raw deflate)."""
        compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
        deflated = compressor.compress(data) + compressor.flush()
        return cls(name, deflated, zlib.crc32(data), len(data))


def read_members(archive: bytes) -> list[Member]:
    """The members of a ZIP file in their order, (re)compressed once."""
    with zipfile.ZipFile(io.BytesIO(archive)) as source:
        return [Member.of(info.filename, source.read(info)) for info in source.infolist()]


def _dos_time(now: float) -> tuple[int, int]:
    year, month, day, hour, minute, second = time.localtime(now)[:6]
    return (hour << 11) | (minute << 5) | (second // 2), ((year - 1980) << 9) | (month << 5) | day


def write_zip(members: list[Member], *, now: float | None = None) -> bytes:
    """A ZIP archive of ``members`` (deflated, stamped with the local time ``now``)."""
    clock, date = _dos_time(time.time() if now is None else now)
    out = io.BytesIO()
    central = []
    for member in members:
        name = member.name.encode("utf-8")
        flags = 0 if name.isascii() else 0x800
        offset = out.tell()
        sizes = (member.crc, len(member.deflated), member.size, len(name))
        out.write(_LOCAL.pack(b"PK\x03\x04", _VERSION, flags, zipfile.ZIP_DEFLATED, clock, date, *sizes, 0))
        out.write(name)
        out.write(member.deflated)
        header = (b"PK\x01\x02", _MADE_BY, _VERSION, flags, zipfile.ZIP_DEFLATED, clock, date)
        central.append(_CENTRAL.pack(*header, *sizes, 0, 0, 0, 0, _PERMISSIONS, offset) + name)
    start = out.tell()
    for entry in central:
        out.write(entry)
    size = out.tell() - start
    out.write(_END.pack(b"PK\x05\x06", 0, 0, len(members), len(members), size, start, 0))
    return out.getvalue()
