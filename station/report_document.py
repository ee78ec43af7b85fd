"""Turns the statistics of ``services.stats.report`` into the printing layer's report document.

Every label comes in Chinese and English; the PDF prints the report's language first and
the other one below it, and the CSV files carry both in their headers.
"""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from printing.labels import check_language
from printing.report_data import (
    BarChart,
    Cell,
    Column,
    ColumnKind,
    Kpi,
    ReportDocument,
    Section,
    Series,
    Table,
    Text,
)
from services.appointments.statistics import AppointmentFigures
from services.casework.evaluations import BAD_RATING_REASONS, SCORE_LABELS
from services.mediation import states as mediation_states
from services.petitions.stats import LedgerFigures, PetitionFigures
from services.queue.reads import QueueStatus
from services.stats.figures import (
    Durations,
    MediationFigures,
    RatingFigures,
    Report,
    RequestCounts,
    RequestFigures,
    Tally,
)

T = Text
NONE = T("未指定", "Not yet assigned")
COUNTER_STATES = {
    "open": T("开放", "Open"),
    "paused": T("暂停", "Paused"),
    "closed": T("关闭", "Closed"),
}
TICKET_STATES = {"called": T("已叫号", "Called"), "serving": T("办理中", "Serving")}
# Good ratings green, the middle grey, bad ones orange to red.
SCORE_COLORS = {5: "#3C8D40", 4: "#6AA84F", 3: "#9E9E9E", 2: "#E0873A", 1: "#C0392B"}
DEFINITIONS = (
    T(
        "等候时间 = 首次叫号时间 − 取号时间；过号票的等候时间计至最后一次叫号。",
        "Waiting time = first call − issue; a no-show counts its last call.",
    ),
    T(
        "办理时间 = 办结时间 − 开始办理时间；转办的号只计最后一段办理。",
        "Service time = finish − start of service; a transferred ticket counts its last part.",
    ),
    T(
        "超时等候：等候时间超过取号事项的目标等候时间。取号 = 办结 + 过号 + 取消 + 过期 + 未完成。",
        "Over target: waited longer than the target of the service the ticket was issued for. "
        "Issued = served + no-shows + cancelled + expired + still open.",
    ),
    T(
        "逾期办件：期末仍未办结、且承诺办结日期早于期末最后一天的办件。",
        "Overdue requests: still open at the end of the period, promised before its last day.",
    ),
    T(
        "调解成功率 = (达成协议 + 转介后化解) ÷ 期内结案数"
        "（调解不成、终止调解、转介后未化解为不成功）。",
        "Mediation success rate = (agreed + resolved after referral) ÷ conclusions in the period "
        "(failed, terminated, unresolved after referral are not successful).",
    ),
    T(
        "案件状态、渠道和评价回访状态均为期末时的状态；往日报表不随以后的变化而改变。",
        "States of cases and follow-ups are those at the end of the period: a past report "
        "does not change later.",
    ),
)


def _minutes(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 60, 1)


def _c(key: str, zh: str, en: str, kind: ColumnKind = "count", *, pdf: bool = True) -> Column:
    return Column(key, T(zh, en), kind, pdf)


class _Mapper:
    def __init__(self, report: Report, language: str) -> None:
        self.report = report
        self.language = check_language(language)

    def name(self, zh: str, en: str) -> str:
        return en if self.language == "en" else zh

    def document(self) -> ReportDocument:
        report = self.report
        zone = ZoneInfo(report.period.timezone)
        sections = [
            self.queue_section(),
            self.service_section(),
            self.counter_section(),
            self.request_section(report.requests),
            self.rating_section(report.ratings),
            self.mediation_section(report.mediation),
            self.petition_section(report.petitions, report.ledger),
        ]
        if report.appointments is not None and report.appointments.booked:
            sections.append(self.appointment_section(report.appointments))
        if report.current is not None:
            sections.append(self.current_section(report.current))
        sections.append(Section(T("说明", "Definitions"), notes=DEFINITIONS + (self.hours(),)))
        return ReportDocument(
            center_name=self.name(report.center_name_zh, report.center_name_en),
            service_day=report.period.start,
            end_day=report.period.end,
            timezone=report.period.timezone,
            generated_at=report.generated_at.astimezone(zone),
            sections=tuple(sections),
            language=self.language,
        )

    def hours(self) -> Text:
        offset = self.report.period.utc_offset_minutes
        sign = "+" if offset >= 0 else "−"
        utc = f"UTC{sign}{abs(offset) // 60:02d}:{abs(offset) % 60:02d}"
        return T(
            f"时段按本地时间（{self.report.period.timezone}，{utc}）统计。",
            f"Hours are local ({self.report.period.timezone}, {utc}).",
        )

    # --- queue ---------------------------------------------------------------------------

    def queue_section(self) -> Section:
        q = self.report.queue
        wait, service = q.waiting, q.service
        kpis = (
            Kpi(T("取号", "Issued"), q.issued),
            Kpi(T("办结", "Served"), q.served),
            Kpi(T("过号", "No-shows"), q.no_show),
            Kpi(T("取消", "Cancelled"), q.cancelled),
            Kpi(T("过期", "Expired"), q.expired),
            Kpi(T("未完成", "Still open"), q.open),
            Kpi(T("转办", "Transferred"), q.transferred),
            Kpi(
                T("超时等候", "Waited over target"),
                q.over_target,
                detail=self._share(q.over_target, wait.count),
            ),
            Kpi(T("平均等候（分钟）", "Mean wait (min)"), _minutes(wait.mean), "minutes"),
            Kpi(T("等候中位数（分钟）", "Median wait (min)"), _minutes(wait.median), "minutes"),
            Kpi(T("等候90分位（分钟）", "90th pct. wait (min)"), _minutes(wait.p90), "minutes"),
            Kpi(
                T("平均办理（分钟）", "Mean service (min)"),
                _minutes(service.mean),
                "minutes",
                detail=T(
                    f"中位数 {_fmt(_minutes(service.median))}，最长 {_fmt(_minutes(service.max))}",
                    f"median {_fmt(_minutes(service.median))}, max {_fmt(_minutes(service.max))}",
                ),
            ),
        )
        hours = self.report.by_hour
        hourly = BarChart(
            "by_hour",
            T("分时段取号与办结", "Arrivals and services per hour"),
            tuple(f"{row.hour}:00" for row in hours),
            (
                Series(T("取号", "Arrivals"), tuple(float(r.arrivals) for r in hours)),
                Series(T("办结", "Served"), tuple(float(r.served) for r in hours)),
            ),
            T("人次", "tickets"),
        )
        buckets = self.report.wait_distribution
        distribution = BarChart(
            "wait_distribution",
            T("等候时间分布（分钟）", "Waiting-time distribution (min)"),
            tuple(_bucket_label(b.lower_minutes, b.upper_minutes) for b in buckets),
            (Series(T("人次", "Tickets"), tuple(float(b.count) for b in buckets)),),
            T("人次", "tickets"),
        )
        hour_table = Table(
            "hours",
            T("分时段统计", "By hour"),
            (
                _c("hour", "时段", "Hour", "text"),
                _c("arrivals", "取号", "Arrivals"),
                _c("served", "办结", "Served"),
                _c("no_show", "过号（按最后叫号）", "No-shows (last call)"),
                _c("mean_wait_min", "平均等候（分钟）", "Mean wait (min)", "minutes"),
            ),
            tuple(
                (f"{r.hour:02d}:00", r.arrivals, r.served, r.no_show, _minutes(r.mean_wait))
                for r in hours
            ),
        )
        wait_table = Table(
            "wait_distribution",
            T("等候时间分布", "Waiting-time distribution"),
            (
                _c("from_min", "自（分钟）", "From (min)"),
                _c("to_min", "至（分钟）", "To (min)"),
                _c("tickets", "人次", "Tickets"),
            ),
            tuple((b.lower_minutes, b.upper_minutes, b.count) for b in buckets),
            in_pdf=False,
        )
        return Section(
            T("一、排队概况", "1. Queue overview"),
            kpis=kpis,
            charts=(hourly, distribution),
            tables=(hour_table, wait_table),
        )

    def _share(self, part: int, whole: int) -> Text | None:
        if not whole:
            return None
        share = f"{part / whole * 100:.1f}%"
        return T(f"占已叫号 {share}", f"{share} of those called")

    def service_section(self) -> Section:
        rows = self.report.by_service
        columns = (
            _c("service", "服务事项", "Service", "text"),
            _c("issued", "取号", "Issued"),
            _c("served", "办结", "Served"),
            _c("no_show", "过号", "No-shows"),
            _c("cancelled", "取消", "Cancelled", pdf=False),
            _c("expired", "过期", "Expired", pdf=False),
            _c("open", "未完成", "Open", pdf=False),
            _c("transferred", "转办", "Transferred"),
            _c("mean_wait_min", "平均等候", "Mean wait", "minutes"),
            _c("median_wait_min", "等候中位数", "Median wait", "minutes"),
            _c("p90_wait_min", "等候P90", "P90 wait", "minutes"),
            _c("max_wait_min", "最长等候", "Max wait", "minutes", pdf=False),
            _c("over_target", "超时", "Over target"),
            _c("target_min", "目标等候", "Target wait", pdf=False),
            _c("mean_service_min", "平均办理", "Mean service", "minutes"),
            _c("median_service_min", "办理中位数", "Median service", "minutes", pdf=False),
            _c("p90_service_min", "办理P90", "P90 service", "minutes", pdf=False),
        )
        table_rows = tuple(
            (
                f"{r.code} {self.name(r.name_zh, r.name_en)}",
                r.queue.issued,
                r.queue.served,
                r.queue.no_show,
                r.queue.cancelled,
                r.queue.expired,
                r.queue.open,
                r.queue.transferred,
                *_wait_cells(r.queue.waiting),
                r.queue.over_target,
                r.target_wait_minutes,
                _minutes(r.queue.service.mean),
                _minutes(r.queue.service.median),
                _minutes(r.queue.service.p90),
            )
            for r in rows
        )
        chart = BarChart(
            "by_service",
            T("各服务事项取号与办结", "Tickets issued and served per service"),
            tuple(f"{r.code} {self.name(r.name_zh, r.name_en)}" for r in rows),
            (
                Series(T("取号", "Issued"), tuple(float(r.queue.issued) for r in rows)),
                Series(T("办结", "Served"), tuple(float(r.queue.served) for r in rows)),
            ),
            T("人次", "tickets"),
            horizontal=True,
        )
        table = Table(
            "services",
            T("按服务事项（等候、办理单位：分钟）", "By service (waits and service in minutes)"),
            columns,
            table_rows,
        )
        return Section(T("二、按服务事项", "2. By service"), charts=(chart,), tables=(table,))

    def counter_section(self) -> Section:
        def columns(first: Column) -> tuple[Column, ...]:
            return (
                first,
                _c("handled", "接待", "Handled"),
                _c("served", "办结", "Served"),
                _c("no_show", "过号", "No-shows"),
                _c("transferred_out", "转出", "Transfers out"),
                _c("mean_service_min", "平均办理", "Mean service", "minutes"),
                _c("median_service_min", "办理中位数", "Median service", "minutes"),
                _c("p90_service_min", "办理P90", "P90 service", "minutes"),
                _c("ratings", "评价数", "Ratings"),
                _c("mean_score", "平均评分", "Mean score", "score"),
                _c("good_rate", "好评率", "Good rate", "percent"),
            )

        counters = Table(
            "counters",
            T("按窗口", "By counter"),
            columns(_c("counter", "窗口", "Counter", "text")),
            tuple(
                (
                    self.name(r.name_zh, r.name_en),
                    r.handled,
                    r.served,
                    r.no_show,
                    r.transferred_out,
                    *_service_cells(r.service),
                    r.ratings.count,
                    r.ratings.mean_score,
                    r.ratings.good_rate,
                )
                for r in self.report.by_counter
            ),
        )
        staff = Table(
            "staff",
            T("按工作人员", "By staff member"),
            columns(_c("staff", "工作人员", "Staff", "text")),
            tuple(
                (
                    f"{r.full_name} ({r.username})",
                    r.handled,
                    r.served,
                    r.no_show,
                    r.transferred_out,
                    *_service_cells(r.service),
                    r.ratings.count,
                    r.ratings.mean_score,
                    r.ratings.good_rate,
                )
                for r in self.report.by_staff
            ),
        )
        return Section(T("三、窗口与工作人员", "3. Counters and staff"), tables=(counters, staff))

    # --- casework --------------------------------------------------------------------------

    def request_section(self, figures: RequestFigures) -> Section:
        total = figures.total
        kpis = (
            Kpi(T("受理", "Accepted"), total.accepted),
            Kpi(T("办结", "Completed"), total.completed),
            Kpi(T("按时办结", "Completed on time"), total.completed_on_time),
            Kpi(T("按时办结率", "On-time rate"), total.on_time_rate, "percent"),
            Kpi(T("逾期未办结", "Overdue"), total.overdue),
            Kpi(T("不予受理", "Rejected"), total.rejected),
            Kpi(T("转调解", "Referred"), total.referred),
        )
        columns = (
            _c("service", "服务事项", "Service", "text"),
            _c("accepted", "受理", "Accepted"),
            _c("completed", "办结", "Completed"),
            _c("completed_on_time", "按时办结", "On time"),
            _c("on_time_rate", "按时率", "On-time rate", "percent"),
            _c("overdue", "逾期", "Overdue"),
            _c("rejected", "不予受理", "Rejected"),
            _c("referred", "转调解", "Referred"),
        )
        rows = tuple(
            (f"{r.code} {self.name(r.name_zh, r.name_en)}", *_request_cells(r.counts))
            for r in figures.by_service
        )
        table = Table("requests", T("办件按服务事项", "Requests by service"), columns, rows)
        return Section(T("四、办件", "4. Service requests"), kpis=kpis, tables=(table,))

    def rating_section(self, figures: RatingFigures) -> Section:
        labels = {label.score: T(label.zh, label.en) for label in SCORE_LABELS}
        follow = figures.follow_up
        kpis = (
            Kpi(T("评价数", "Ratings"), figures.count),
            Kpi(T("好评率", "Good rate (4–5)"), figures.good_rate, "percent"),
            Kpi(T("平均评分", "Mean score"), figures.mean_score, "score"),
            Kpi(T("差评（1–2分）", "Bad ratings (1–2)"), figures.bad),
            Kpi(T("差评待回访", "Follow-ups open"), follow.open),
            Kpi(T("差评回访逾期", "Follow-ups overdue"), follow.overdue),
            Kpi(T("差评已回访", "Follow-ups closed"), follow.closed),
        )
        chart = BarChart(
            "ratings",
            T("评价分布", "Rating spread"),
            tuple(f"{labels[s.score].pick(self.language)}\n({s.score})" for s in figures.by_score),
            (Series(T("评价数", "Ratings"), tuple(float(s.count) for s in figures.by_score)),),
            T("条", "ratings"),
            category_colors=tuple(SCORE_COLORS[s.score] for s in figures.by_score),
        )
        spread = Table(
            "ratings",
            T("评价分布", "Rating spread"),
            (
                _c("score", "评分", "Score"),
                _c("label", "评价", "Rating", "text"),
                _c("count", "数量", "Count"),
                _c("share", "占比", "Share", "percent"),
            ),
            tuple(
                (
                    s.score,
                    labels[s.score].pick(self.language),
                    s.count,
                    s.count / figures.count if figures.count else None,
                )
                for s in figures.by_score
            ),
        )
        reasons = {reason.code: T(reason.zh, reason.en) for reason in BAD_RATING_REASONS}
        bad = Table(
            "bad_rating_reasons",
            T("差评原因", "Reasons of bad ratings"),
            (_c("reason", "原因", "Reason", "text"), _c("count", "数量", "Count")),
            tuple(
                (reasons.get(t.code, T(t.code, t.code)).pick(self.language) or "—", t.count)
                for t in figures.bad_reasons
            ),
        )
        return Section(
            T("五、好差评", "5. Ratings"), kpis=kpis, charts=(chart,), tables=(spread, bad)
        )

    def mediation_section(self, figures: MediationFigures) -> Section:
        kpis = (
            Kpi(T("新登记案件", "Cases registered"), figures.registered),
            Kpi(T("期内结案", "Concluded"), figures.concluded),
            Kpi(T("调解成功率", "Success rate"), figures.success_rate, "percent"),
            Kpi(T("逾期案件", "Overdue cases"), figures.overdue),
            Kpi(T("期末在办", "Open at end"), figures.open_at_end),
            Kpi(T("申请司法确认", "Confirmation applied"), figures.confirmation_applied),
            Kpi(T("司法确认有效", "Confirmed"), figures.confirmed),
            Kpi(T("待确认", "Confirmation pending"), figures.confirmation_pending),
        )
        dimensions: Sequence[tuple[str, Text, tuple[Tally, ...]]] = (
            ("channel", T("调解渠道", "Channel"), figures.by_channel),
            ("dispute_type", T("纠纷类型", "Dispute type"), figures.by_type),
            ("source", T("案件来源", "Source"), figures.by_source),
            ("state", T("期末状态", "State at end"), figures.by_state),
        )
        rows: list[tuple[Cell, ...]] = []
        for kind, title, tallies in dimensions:
            for tally in tallies:
                rows.append(
                    (title.pick(self.language), self.code_label(kind, tally.code), tally.count)
                )
        cases = Table(
            "mediation_cases",
            T("新登记案件分类", "Cases registered, by category"),
            (
                _c("dimension", "分类", "Category", "text"),
                _c("item", "项目", "Item", "text"),
                _c("cases", "件数", "Cases"),
            ),
            tuple(rows),
        )
        outcome_labels = {
            "agreed": T("达成协议", "Agreed"),
            "referral_resolved": T("转介后化解", "Resolved after referral"),
            "failed": T("调解不成", "Failed"),
            "terminated": T("终止调解", "Terminated"),
            "referral_unresolved": T("转介后未化解", "Not resolved after referral"),
        }
        outcomes = Table(
            "mediation_outcomes",
            T("期内结案结果", "Conclusions in the period"),
            (_c("outcome", "结果", "Outcome", "text"), _c("cases", "件数", "Cases")),
            tuple(
                (outcome_labels.get(t.code, T(t.code, t.code)).pick(self.language), t.count)
                for t in figures.outcomes
            ),
        )
        return Section(
            T("六、矛盾纠纷调解", "6. Dispute mediation"), kpis=kpis, tables=(cases, outcomes)
        )

    def appointment_section(self, figures: AppointmentFigures) -> Section:
        kpis = (
            Kpi(T("预约", "Booked"), figures.booked),
            Kpi(T("已签到", "Checked in"), figures.checked_in),
            Kpi(T("准时签到", "On time"), figures.on_time),
            Kpi(T("预约未到", "No-shows"), figures.no_show),
            Kpi(T("已取消", "Cancelled"), figures.cancelled),
            Kpi(T("预约号占比", "Share of tickets"), figures.share_of_tickets, "percent"),
        )
        return Section(T("预约", "Appointments"), kpis=kpis)

    def petition_section(self, petitions: PetitionFigures, ledger: LedgerFigures) -> Section:
        risk = {t.code: t.count for t in ledger.by_risk}
        kpis = (
            Kpi(T("收到信访", "Petitions received"), petitions.received),
            Kpi(T("受理", "Accepted"), petitions.accepted),
            Kpi(T("按期办结率", "Replied on time"), petitions.on_time_rate, "percent"),
            Kpi(T("满意率", "Satisfied"), petitions.satisfaction_rate, "percent"),
            Kpi(T("超期信访", "Overdue petitions"), petitions.overdue),
            Kpi(T("排查纠纷", "Disputes found"), ledger.found),
            Kpi(T("其中重大", "Of which grave"), risk.get("grave", 0)),
            Kpi(T("化解率", "Resolution rate"), ledger.resolution_rate, "percent"),
        )
        table = Table(
            "petitions",
            T("信访与排查", "Petitions and the ledger"),
            (_c("item", "项目", "Item", "text"), _c("count", "件数", "Count")),
            tuple(
                (label.pick(self.language), value)
                for label, value in (
                    (T("收到信访", "Petitions received"), petitions.received),
                    (T("受理", "Accepted"), petitions.accepted),
                    (T("不予受理", "Declined"), petitions.declined),
                    (T("转送", "Forwarded"), petitions.forwarded),
                    (T("出具处理意见", "Replied"), petitions.replied),
                    (T("按期办结", "Replied on time"), petitions.on_time),
                    (T("满意", "Satisfied"), petitions.satisfied),
                    (T("一般纠纷", "General disputes"), risk.get("general", 0)),
                    (T("较大纠纷", "Major disputes"), risk.get("major", 0)),
                    (T("重大纠纷", "Grave disputes"), risk.get("grave", 0)),
                    (T("已化解", "Resolved"), ledger.resolved),
                    (T("已移交", "Referred"), ledger.referred),
                )
            ),
        )
        return Section(
            T("七、信访与矛盾纠纷排查", "7. Petitions and the dispute ledger"),
            kpis=kpis,
            tables=(table,),
        )

    def code_label(self, kind: str, code: str) -> str:
        if not code:
            return NONE.pick(self.language)
        try:
            return mediation_states.label(kind, code, self.language)
        except KeyError:
            return code

    def current_section(self, current: QueueStatus) -> Section:
        services = Table(
            "current_services",
            T("当前等候", "Waiting now"),
            (
                _c("service", "服务事项", "Service", "text"),
                _c("waiting", "等候", "Waiting"),
                _c("priority_waiting", "优先", "Priority"),
                _c("held", "暂缓", "Held"),
                _c("open_counters", "开放窗口", "Open counters"),
            ),
            tuple(
                (
                    f"{s.code} {self.name(s.name_zh, s.name_en)}",
                    s.waiting,
                    s.priority_waiting,
                    s.held,
                    s.open_counters,
                )
                for s in current.services
            ),
        )
        counters = Table(
            "current_counters",
            T("窗口状态", "Counters now"),
            (
                _c("counter", "窗口", "Counter", "text"),
                _c("state", "状态", "State", "text"),
                _c("staff", "工作人员", "Staff", "text"),
                _c("ticket", "当前号", "Ticket", "text"),
            ),
            tuple(
                (
                    self.name(c.name_zh, c.name_en),
                    _pick(COUNTER_STATES, c.state, self.language),
                    c.staff_name or "",
                    f"{c.ticket_code} {_pick(TICKET_STATES, c.ticket_status or '', self.language)}"
                    if c.ticket_code
                    else "",
                )
                for c in current.counters
            ),
        )
        return Section(
            T("八、当前排队", "8. The hall now"),
            kpis=(Kpi(T("正在等候", "Waiting now"), current.total_waiting),),
            tables=(services, counters),
        )


def _pick(labels: dict[str, Text], code: str, language: str) -> str:
    text = labels.get(code)
    return text.pick(language) if text else code


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _bucket_label(lower: int, upper: int | None) -> str:
    return f"{lower}–{upper}" if upper is not None else f"{lower}+"


def _wait_cells(wait: Durations) -> tuple[Cell, ...]:
    return (
        _minutes(wait.mean),
        _minutes(wait.median),
        _minutes(wait.p90),
        _minutes(wait.max),
    )


def _service_cells(service: Durations) -> tuple[Cell, ...]:
    return (_minutes(service.mean), _minutes(service.median), _minutes(service.p90))


def _request_cells(counts: RequestCounts) -> tuple[Cell, ...]:
    return (
        counts.accepted,
        counts.completed,
        counts.completed_on_time,
        counts.on_time_rate,
        counts.overdue,
        counts.rejected,
        counts.referred,
    )


def report_document(report: Report, language: str = "zh_CN") -> ReportDocument:
    """The report document of ``report``, with ``language`` first and the other below it."""
    return _Mapper(report, language).document()
