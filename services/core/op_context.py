"""What every domain operation shares: who acts, when, under which center settings, and the
rollback that leaves nothing behind when the operation is refused."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import ParamSpec, TypeVar

from sqlalchemy.orm import Session

from services.core.actors import Actor
from services.core.center_config import CenterConfig
from services.core.clock import service_day

_P = ParamSpec("_P")
_R = TypeVar("_R")


@dataclass
class OpContext:
    """One operation: who, when, the center's settings."""

    session: Session
    actor: Actor
    at: datetime
    config: CenterConfig

    @property
    def day(self) -> date:
        return service_day(self.at, self.config.timezone)


def atomic(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """Roll the session (the first argument) back when the operation raises, so a refused
    change leaves nothing behind."""

    @functools.wraps(fn)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return fn(*args, **kwargs)
        except BaseException:
            session = args[0]
            assert isinstance(session, Session)
            session.rollback()
            raise

    return run
