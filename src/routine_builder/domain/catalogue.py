"""The catalogue of collaboration areas, local groups and municipalities in Västra Götaland.

What the catalogue is unsure of is marked in the data (``verified``) and explained in plain Swedish
(``note``), so that the app can say it where a user picks an area or a municipality.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from routine_builder import paths
from routine_builder.storage import LineDict, LineList
from routine_builder.storage.versioned import Problems, VersionedFormat, read_versioned

CATALOGUE_FORMAT = VersionedFormat(what="områdeskatalogen")


@dataclass(frozen=True)
class Municipality:
    """One of the county's municipalities."""

    name: str
    code: str
    federation: str
    collaboration_area: str
    verified: bool
    note: str = ""


@dataclass(frozen=True)
class LocalGroup:
    """A group inside a collaboration area that may write its own routine."""

    id: str
    name: str
    municipalities: tuple[str, ...]
    verified: bool


@dataclass(frozen=True)
class CollaborationArea:
    """A delregional collaboration area (vårdsamverkansområde)."""

    id: str
    name: str
    municipalities: tuple[str, ...]
    hospitals: tuple[str, ...]
    verified: str
    note: str
    local_group_model: str
    local_groups: tuple[LocalGroup, ...]
    source: str = ""
    unverified_municipalities: frozenset[str] = frozenset()

    def groups(self) -> tuple[LocalGroup, ...]:
        """The local groups: the listed ones, or one per municipality where that is the model.

        A one-municipality group is as certain as that municipality's belonging to the area.
        """
        if self.local_groups:
            return self.local_groups
        if self.local_group_model == "per_municipality":
            from routine_builder.domain.workspace import slugify

            return tuple(
                LocalGroup(slugify(m), m, (m,), m not in self.unverified_municipalities) for m in self.municipalities
            )
        return ()


@dataclass(frozen=True)
class Catalogue:
    """Everything in ``areas.yaml``."""

    municipalities: tuple[Municipality, ...]
    areas: tuple[CollaborationArea, ...]
    region_units: tuple[str, ...]
    municipal_units: tuple[str, ...]
    federations: dict[str, str]

    def area(self, area_id: str) -> CollaborationArea:
        """The collaboration area with this id."""
        return next(a for a in self.areas if a.id == area_id)

    def uncertainties(self, municipalities: tuple[str, ...] | list[str]) -> list[str]:
        """Plain sentences on what is unsure about the chosen municipalities' collaboration areas."""
        chosen = set(municipalities)
        return [m.note for m in self.municipalities if m.name in chosen and not m.verified and m.note]


class _Entries:
    """Reads the entries of one list in the catalogue, noting each entry that lacks a required field."""

    def __init__(self, data: LineDict, key: str, kind: str, found: Problems, *, required: bool = True) -> None:
        self.found = found
        self.kind = kind
        raw = data.get(key)
        if raw is not None and not isinstance(raw, LineList):
            found.add(f"'{key}' ska vara en lista", data.line_of(key))
        elif raw is None and required:
            found.add(f"'{key}' saknas", data.line)
        self.raw = raw if isinstance(raw, LineList) else LineList()

    def __iter__(self) -> Iterator[LineDict]:
        """The entries that have every field their kind requires."""
        for index, entry in enumerate(self.raw):
            line = self.raw.line_of(index)
            if not isinstance(entry, LineDict):
                self.found.add(f"varje post i listan ska vara en mappning ({self.kind})", line)
                continue
            name = entry.get("name") or entry.get("id") or "?"
            missing = [k for k in _REQUIRED[self.kind] if entry.get(k) is None]
            for key in missing:
                self.found.add(f"{self.kind} '{name}' saknar '{key}'", line)
            if not missing:
                yield entry


_REQUIRED = {
    "kommunen": ("name", "code", "federation", "collaboration_area"),
    "samverkansområdet": ("id", "name", "municipalities"),
    "gruppen": ("id", "name", "municipalities"),
    "förbundet": ("id", "name"),
}


def load_catalogue(path: Path | None = None) -> Catalogue:
    """Load the area catalogue (the bundled one by default), reporting every problem with its line."""
    path = path or paths.areas_catalogue_path()
    data = read_versioned(path, CATALOGUE_FORMAT)
    found = Problems(path)
    municipalities = tuple(
        Municipality(
            m["name"],
            str(m["code"]),
            m["federation"],
            m["collaboration_area"],
            bool(m.get("verified")),
            str(m.get("note") or ""),
        )
        for m in _Entries(data, "municipalities", "kommunen", found)
    )
    unverified = frozenset(m.name for m in municipalities if not m.verified)
    areas = tuple(
        CollaborationArea(
            id=a["id"],
            name=a["name"],
            municipalities=tuple(a["municipalities"]),
            hospitals=tuple(a.get("hospitals") or ()),
            verified=str(a.get("verified")).lower(),
            note=str(a.get("note") or ""),
            local_group_model=str(a.get("local_group_model") or ""),
            local_groups=tuple(
                LocalGroup(g["id"], g["name"], tuple(g["municipalities"]), bool(g.get("verified")))
                for g in _Entries(a, "local_groups", "gruppen", found, required=False)
            ),
            source=str(a.get("source") or ""),
            unverified_municipalities=unverified & set(a["municipalities"]),
        )
        for a in _Entries(data, "collaboration_areas", "samverkansområdet", found)
    )
    federations = {f["id"]: f["name"] for f in _Entries(data, "federations", "förbundet", found, required=False)}
    found.raise_any()
    return Catalogue(
        municipalities=municipalities,
        areas=areas,
        region_units=tuple(data.get("region_units") or ()),
        municipal_units=tuple(data.get("municipal_units") or ()),
        federations=federations,
    )
