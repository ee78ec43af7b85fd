"""The persistent print spool: jobs are rows, so a restart or a jammed printer loses none.

``SqlJobStore`` is the database side of ``devices.spooler.JobStore`` (matched by shape; the
domain does not import devices). Each ``mark_*`` commits before it returns, so a job is on
record as sending before its bytes go out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from services.core.actors import Actor
from services.core.clock import resolve_now, utc_now
from services.core.errors import NotFound
from services.core.journal import record_audit
from services.queue.idempotency import earlier_value, remember_value
from services.stations.registry import Lease
from services.storage.db import Database
from services.storage.models import PrintJob

UNFINISHED = ("queued", "waiting", "sending")


@dataclass(frozen=True)
class PrintJobInfo:
    id: int
    printer: str
    document_kind: str
    document_ref: str
    state: str
    is_copy: bool
    attempts: int
    last_error: str | None
    created_at: datetime
    sent_at: datetime | None


@dataclass(frozen=True)
class StoredJob:
    id: int
    data: bytes
    is_copy: bool


def _info(job: PrintJob) -> PrintJobInfo:
    return PrintJobInfo(
        id=job.id,
        printer=job.printer,
        document_kind=job.document_kind,
        document_ref=job.document_ref,
        state=job.state,
        is_copy=job.is_copy,
        attempts=job.attempts,
        last_error=job.last_error,
        created_at=job.created_at,
        sent_at=job.sent_at,
    )


def enqueue(
    session: Session,
    *,
    printer: str,
    document_kind: str,
    document_ref: str,
    data: bytes,
    is_copy: bool = False,
    now: datetime | None = None,
    idempotency_key: str | None = None,
) -> PrintJobInfo:
    """Queue a document. With ``idempotency_key``, a retry after a cut COMMIT returns the
    job the first try queued instead of printing the document twice."""
    at = resolve_now(now)
    earlier = earlier_value(session, idempotency_key, "print")
    if earlier is not None:
        session.commit()
        return get_job(session, int(earlier["job"]))
    job = PrintJob(
        printer=printer,
        document_kind=document_kind,
        document_ref=document_ref,
        data=data,
        state="queued",
        is_copy=is_copy,
        attempts=0,
        created_at=at,
        updated_at=at,
    )
    session.add(job)
    session.flush()
    remember_value(session, idempotency_key, "print", {"job": job.id}, at)
    session.commit()
    return _info(job)


def reprint(
    session: Session, actor: Actor, job_id: int, *, now: datetime | None = None
) -> PrintJobInfo:
    """Queue the same document again, marked as a copy."""
    at = resolve_now(now)
    original = session.get(PrintJob, job_id)
    if original is None:
        raise NotFound(f"There is no print job {job_id}.")
    record_audit(
        session,
        actor,
        "print.reprint",
        at=at,
        target_type=original.document_kind,
        target_id=original.document_ref,
        details={"job": job_id},
    )
    return enqueue(
        session,
        printer=original.printer,
        document_kind=original.document_kind,
        document_ref=original.document_ref,
        data=original.data,
        is_copy=True,
        now=at,
    )


def list_jobs(
    session: Session, *, printer: str | None = None, limit: int = 50
) -> list[PrintJobInfo]:
    query = select(PrintJob).order_by(PrintJob.id.desc()).limit(limit)
    if printer is not None:
        query = query.where(PrintJob.printer == printer)
    return [_info(job) for job in session.scalars(query)]


def get_job(session: Session, job_id: int) -> PrintJobInfo:
    job = session.get(PrintJob, job_id)
    if job is None:
        raise NotFound(f"There is no print job {job_id}.")
    return _info(job)


class SqlJobStore:
    """The spooler's view of the ``print_job`` table.

    A job is sent by the one station that claimed it: ``claimant`` (the station's name,
    held alive by ``lease``; the printer's name when none is given). A claim is taken by a
    conditional update, only while the job has none, so two spoolers never both send a job.
    """

    def __init__(
        self, database: Database, claimant: str | None = None, lease: Lease | None = None
    ) -> None:
        self._database = database
        self._claimant = claimant
        self._lease = lease

    def next_job(self, printer: str) -> StoredJob | None:
        if self._lease is not None and self._lease.due():
            self._lease.beat()  # a station that lost its name raises here and prints nothing
        me = self._claimant or printer
        while True:
            with self._database.reader() as session:
                job = session.scalars(
                    select(PrintJob)
                    .where(
                        PrintJob.printer == printer,
                        PrintJob.state.in_(UNFINISHED),
                        or_(PrintJob.claimed_by.is_(None), PrintJob.claimed_by == me),
                    )
                    .order_by(PrintJob.id)
                    .limit(1)
                ).first()
                if job is None:
                    return None
                # Marked sending before and never done: part of it may already be on paper.
                found = StoredJob(id=job.id, data=job.data, is_copy=job.is_copy or job.attempts > 0)
                if job.claimed_by == me:
                    return found
            if self._claim(found.id, me):
                return found
            # Another station claimed it between the look and the claim: look again.

    def _claim(self, job_id: int, me: str) -> bool:
        with self._database.writer() as session:
            claimed = session.execute(
                update(PrintJob)
                .where(PrintJob.id == job_id, PrintJob.claimed_by.is_(None))
                .values(claimed_by=me, claimed_at=utc_now())
                .returning(PrintJob.id)
            ).scalar_one_or_none()
            session.commit()
        return claimed is not None

    def mark_sending(self, job_id: int) -> None:
        self._update(job_id, "sending", error=None, sending=True)

    def mark_done(self, job_id: int) -> None:
        self._update(job_id, "done", error=None)

    def mark_waiting(self, job_id: int, reason: str) -> None:
        self._update(job_id, "waiting", error=reason)

    def _update(self, job_id: int, state: str, *, error: str | None, sending: bool = False) -> None:
        at = utc_now()
        with self._database.writer() as session:
            job = session.get(PrintJob, job_id)
            if job is None:
                raise NotFound(f"There is no print job {job_id}.")
            job.state = state
            job.updated_at = at
            if error is not None:
                job.last_error = error
            if sending:
                job.attempts += 1
            if state == "done":
                job.sent_at = at
            session.commit()
