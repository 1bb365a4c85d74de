"""How this app stands with an area's lock when it does not hold it, and how a lock's time reads."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from routine_builder.domain.locks import LockInfo

OTHER, FREE, LOST = "other", "free", "lost"


@dataclass(frozen=True)
class LockState:
    """How this app stands with an area's lock, when it does not hold it.

    ``kind``: ``other`` (someone holds it; read-only view), ``free`` (they closed it; still read-only
    here until the user asks to edit), ``lost`` (this app held it and someone took it over).
    """

    kind: str
    holder: LockInfo | None = None
    unsaved: bool = False

    @property
    def stale(self) -> bool:
        return self.holder is not None and self.holder.is_stale()


def when(stamp: str) -> str:
    """A lock time as '10:15' today, else '2026-11-22 10:15'."""
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    local = moment.astimezone() if moment.tzinfo else moment
    return local.strftime("%H:%M" if local.date() == dt.date.today() else "%Y-%m-%d %H:%M")
