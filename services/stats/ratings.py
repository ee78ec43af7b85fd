"""Rating (好差评) statistics of a period. Definitions in ``services.stats.report``."""

from __future__ import annotations

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from services.casework.evaluations import BAD_SCORES, FollowUpState
from services.stats.figures import FollowUpCounts, Period, RatingFigures, ScoreCount, Tally
from services.stats.sql import number, rate
from services.storage.casework_models import Evaluation

SCORES = (5, 4, 3, 2, 1)
GOOD_SCORES = (4, 5)


def rating_section(session: Session, period: Period) -> RatingFigures:
    E = Evaluation
    in_period = E.service_day.between(period.start, period.end)
    spread = {
        int(score): int(n)
        for score, n in session.execute(
            select(E.score, func.count()).where(in_period).group_by(E.score)
        )
    }
    mean = session.scalar(select(func.avg(E.score)).where(in_period))
    bad_filter = and_(in_period, E.score.in_(sorted(BAD_SCORES)))
    reasons = tuple(
        Tally(code=reason or "", count=int(n))
        for reason, n in session.execute(
            select(E.reason, func.count())
            .where(bad_filter)
            .group_by(E.reason)
            .order_by(func.count().desc(), E.reason)
        )
    )
    closed = and_(
        E.follow_up_state == FollowUpState.CLOSED.value,
        E.follow_up_closed_at < period.ends_at,
    )
    state = case(
        (closed, "closed"),
        (E.follow_up_due < period.end, "overdue"),
        else_="open",
    )
    labelled = select(state.label("state")).where(bad_filter).subquery("follow_ups")
    follow = {
        str(s): int(n)
        for s, n in session.execute(
            select(labelled.c.state, func.count()).group_by(labelled.c.state)
        )
    }
    count = sum(spread.values())
    good = sum(spread.get(s, 0) for s in GOOD_SCORES)
    return RatingFigures(
        count=count,
        by_score=tuple(ScoreCount(score=s, count=spread.get(s, 0)) for s in SCORES),
        mean_score=number(mean),
        good=good,
        good_rate=rate(good, count),
        bad=sum(spread.get(s, 0) for s in BAD_SCORES),
        bad_reasons=reasons,
        follow_up=FollowUpCounts(
            open=follow.get("open", 0),
            overdue=follow.get("overdue", 0),
            closed=follow.get("closed", 0),
        ),
    )
