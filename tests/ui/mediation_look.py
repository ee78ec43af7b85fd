"""Screenshots of the mediation panel at 1366x768, in Chinese and English.

``python -m tests.ui.mediation_look OUTDIR`` seeds a temporary SQLite database with cases in
several states (made through the real operations, back-dated so some deadlines have passed)
and writes ``case_list_zh.png``, ``case_list_en.png``, ``case_detail_zh.png`` and
``case_detail_en.png`` to OUTDIR (default /tmp/mediation-look).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from services.core.actors import Actor, Role
from services.core.clock import utc_now
from services.core.id_numbers import checksum_char
from services.mediation import common as mediation_common
from services.mediation import directory as mediation_directory
from services.mediation import intake as mediation_intake
from services.mediation import transitions as mediation_transitions
from services.storage.bootstrap import prepare_database
from services.storage.db import Database, open_database
from ui.common.i18n import translations
from ui.mediation.listing import MediationPanel
from ui.qt import QApplication

SIZE = (1366, 768)
BEIJING = ZoneInfo("Asia/Shanghai")
COUNTER = Actor("王小明", Role.COUNTER)
MEDIATOR = Actor("赵丽华", Role.MEDIATOR)
MANAGER = Actor("陈主任", Role.MANAGER)


def person_id(first17: str) -> str:
    return first17 + checksum_char(first17)


def person(
    name: str, first17: str, phone: str, address: str = "", agent: str = ""
) -> mediation_intake.PersonParty:
    return mediation_intake.PersonParty(
        name,
        id_number=person_id(first17),
        phone=phone,
        address=address,
        agent=mediation_intake.Agent(agent) if agent else None,
    )


class Seeder:
    """Makes cases through the real operations, each step at a back-dated time."""

    def __init__(self, database: Database) -> None:
        self.database = database
        # Each step a few days ago at about 09:30 in Beijing (office hours), never in the future.
        now = utc_now().replace(second=0, microsecond=0)
        morning = now.replace(hour=1, minute=30)
        self.now = morning if morning <= now else now

    def at(self, days_ago: int, minutes: int = 0) -> datetime:
        return self.now - timedelta(days=days_ago) + timedelta(minutes=minutes)

    def day(self, days_ago: int) -> date:
        return self.at(days_ago).astimezone(BEIJING).date()

    def body(self, channel: str, contains: str) -> int:
        with self.database.reader() as session:
            bodies = mediation_directory.list_receiving_bodies(session, MANAGER, channel=channel)
        return next(b.id for b in bodies if contains in b.name)

    def run(
        self, step: Callable[..., mediation_common.CaseInfo], *args: object, **kwargs: object
    ) -> mediation_common.CaseInfo:
        with self.database.writer() as session:
            return step(session, *args, **kwargs)


def seed_cases(database: Database) -> dict[str, int]:
    """Nine cases in different states; returns some of their ids by role in the screenshots."""
    s = Seeder(database)
    ids: dict[str, int] = {}

    def register(days_ago: int, **fields: object) -> mediation_common.CaseInfo:
        return s.run(mediation_intake.register_case, COUNTER, now=s.at(days_ago), **fields)

    # Closed referral: a consumer dispute resolved by the market regulator.
    case = register(
        40,
        applicants=[person("刘芳", "31010419850615124", "13600001111", "建设路8号")],
        respondents=[
            mediation_intake.OrganisationParty("优选家电销售有限公司", phone="021-55550000")
        ],
        dispute_type="consumer",
        source="party_applied",
        facts="购买的冰箱三个月内两次故障，商家拒绝退换。",
        claims="退货并退还货款3999元。",
    )
    market = s.body("administrative", "市场监督")
    s.run(
        mediation_transitions.refer,
        COUNTER,
        case.id,
        channel="administrative",
        receiving_body_id=market,
        feedback_due=s.day(25),
        now=s.at(40, 30),
    )
    s.run(
        mediation_transitions.acknowledge, COUNTER, case.id, note="对方电话确认收到", now=s.at(38)
    )
    s.run(
        mediation_transitions.receive_result,
        COUNTER,
        case.id,
        resolved=True,
        summary="商家同意退货退款",
        now=s.at(30),
    )
    s.run(mediation_transitions.close_referral, COUNTER, case.id, now=s.at(30, 10))

    # A failed mediation of a contract dispute.
    case = register(
        25,
        applicants=[person("孙伟", "11010819800202123", "13911112222")],
        respondents=[person("周建华", "11010819790909456", "13922223333")],
        dispute_type="contract",
        source="party_applied",
        facts="装修合同约定工期60天，实际延误40天，双方对违约金数额争议较大。",
        claims="支付违约金8000元。",
    )
    s.run(mediation_transitions.accept, MEDIATOR, case.id, now=s.at(25, 20))
    s.run(mediation_transitions.schedule, MEDIATOR, case.id, on=s.day(22), now=s.at(25, 30))
    s.run(
        mediation_transitions.record_session,
        MEDIATOR,
        case.id,
        held_on=s.day(22),
        mediators="赵丽华",
        attendees="双方当事人",
        record="双方对违约金数额分歧较大。",
        now=s.at(22),
    )
    s.run(
        mediation_transitions.fail,
        MEDIATOR,
        case.id,
        routes=["court", "arbitration"],
        advice="可依合同约定申请仲裁，或向人民法院起诉。",
        now=s.at(15),
    )

    # The agreed case shown in detail: a neighbour dispute over a leaking ceiling.
    case = register(
        12,
        applicants=[person("张秀兰", "11010519491231002", "13812345678", "幸福路1号3单元201")],
        respondents=[
            person("王建国", "11010519900101123", "13987654321", "幸福路1号3单元301", "王小军"),
            mediation_intake.OrganisationParty(
                "幸福物业服务有限公司", code="91350100M000100Y43", phone="010-12345678"
            ),
        ],
        dispute_type="neighbour",
        source="party_applied",
        facts="楼上住户卫生间漏水，导致楼下天花板和墙面损坏，多次协商未果。",
        claims="赔偿维修费用2000元，修复防水层。",
    )
    ids["agreed"] = case.id
    s.run(mediation_transitions.accept, MEDIATOR, case.id, now=s.at(12, 30))
    s.run(mediation_transitions.add_file_item, MEDIATOR, case.id, "registration", now=s.at(12, 31))
    s.run(
        mediation_transitions.add_file_item,
        MEDIATOR,
        case.id,
        "rights_notice",
        note="当场送达",
        now=s.at(12, 32),
    )
    s.run(mediation_transitions.schedule, MEDIATOR, case.id, on=s.day(9), now=s.at(12, 40))
    s.run(
        mediation_transitions.record_session,
        MEDIATOR,
        case.id,
        held_on=s.day(9),
        mediators="赵丽华、李明",
        attendees="张秀兰、王建国、物业代表",
        record="查看现场，确认漏水点在301卫生间。",
        now=s.at(9),
    )
    s.run(
        mediation_transitions.record_session,
        MEDIATOR,
        case.id,
        held_on=s.day(5),
        mediators="赵丽华",
        attendees="张秀兰、王建国",
        record="双方就赔偿数额达成一致。",
        now=s.at(5),
    )
    s.run(
        mediation_transitions.agree,
        MEDIATOR,
        case.id,
        kind="written",
        terms=[
            ("王建国赔偿张秀兰维修费2000元", s.day(-10)),
            ("物业公司于十日内修复301卫生间防水层", s.day(-5)),
        ],
        effective=s.day(5),
        now=s.at(5, 30),
    )
    s.run(
        mediation_transitions.add_follow_up_visit,
        COUNTER,
        case.id,
        visited_on=s.day(1),
        visitor="王小明",
        note="电话回访，维修已开始。",
        now=s.at(1),
    )

    # In mediation: a family dispute about caring for a parent.
    case = register(
        8,
        applicants=[person("李桂芝", "11010119500312222", "13700002222", "和平里5号")],
        respondents=[
            person("李建军", "11010119751118333", "13700003333"),
            person("李建红", "11010119780601444", "13700004444"),
        ],
        dispute_type="marriage_family",
        source="center_initiative",
        facts="老人赡养费用分担问题，子女之间意见不一。",
        claims="每月支付赡养费各1000元。",
    )
    s.run(mediation_transitions.accept, MEDIATOR, case.id, now=s.at(8, 10))
    s.run(mediation_transitions.schedule, MEDIATOR, case.id, on=s.day(6), now=s.at(8, 20))
    s.run(
        mediation_transitions.record_session,
        MEDIATOR,
        case.id,
        held_on=s.day(6),
        mediators="赵丽华",
        attendees="三方当事人",
        record="初步沟通。",
        now=s.at(6),
    )

    # Referred and overdue: a labour dispute with the builder.
    case = register(
        20,
        applicants=[person("陈大勇", "51012219880808555", "15800005555")],
        respondents=[
            mediation_intake.OrganisationParty("宏达建筑劳务有限公司", phone="010-88886666")
        ],
        dispute_type="labour",
        source="department_assigned",
        facts="工地务工三个月，工资尚欠12000元未结清。",
        claims="支付拖欠工资12000元。",
        escalation_risk=True,
    )
    labour = s.body("administrative", "劳动争议")
    s.run(
        mediation_transitions.refer,
        COUNTER,
        case.id,
        channel="administrative",
        receiving_body_id=labour,
        feedback_due=s.day(6),
        now=s.at(20, 15),
    )

    # Scheduled: property management fees.
    case = register(
        3,
        applicants=[mediation_intake.OrganisationParty("阳光花园业主委员会", phone="010-66667777")],
        respondents=[
            mediation_intake.OrganisationParty("阳光物业管理有限公司", phone="010-66668888")
        ],
        dispute_type="property_management",
        source="party_applied",
        facts="小区电梯长期故障，物业公司未及时维修，业主拒交物业费。",
        claims="维修电梯并减免部分物业费。",
    )
    s.run(mediation_transitions.accept, MEDIATOR, case.id, now=s.at(3, 10))
    s.run(mediation_transitions.schedule, MEDIATOR, case.id, on=s.day(-1), now=s.at(3, 20))

    # Registered today, one with a risk of escalation.
    register(
        0,
        applicants=[person("赵四", "11011219700101666", "13500006666")],
        respondents=[mediation_intake.OrganisationParty("区城市更新项目指挥部")],
        dispute_type="land_acquisition",
        source="police_transfer",
        facts="对房屋征收补偿标准有异议，曾多次到现场阻工。",
        claims="提高补偿标准。",
        escalation_risk=True,
    )
    register(
        0,
        applicants=[person("钱小红", "11010519920505777", "13600007777")],
        respondents=[person("吴刚", "11010519890909888", "13600008888")],
        dispute_type="traffic",
        source="police_transfer",
        facts="电动自行车与行人相撞，行人轻微受伤。",
        claims="医药费及误工费3000元。",
    )
    return ids


def wait(app: QApplication, condition: Callable[[], bool], seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    assert condition(), "the panel did not get there in time"


def settle(app: QApplication, seconds: float = 0.4) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


LANGUAGES = (("zh_CN", "zh"), ("en", "en"))


def take_screenshots(
    database: Database,
    detail_case: int,
    out: Path,
    languages: tuple[tuple[str, str], ...] = LANGUAGES,
    *,
    translate: bool = True,
) -> list[Path]:
    """The list alone, then the list with the case ``detail_case`` open, in each language.

    ``translate`` installs the interface translations of each language (and leaves Chinese
    installed at the end); tests pass False to keep the English sources.
    """
    app = QApplication.instance() or QApplication(["mediation-look"])
    assert isinstance(app, QApplication)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for language, suffix in languages:
        if translate:
            translations(app).switch(language)
        panel = MediationPanel(database, MANAGER, language)
        panel.resize(*SIZE)
        panel.show()
        panel.start()

        def listed(panel: MediationPanel = panel) -> bool:
            return panel.list.loads > 0

        def opened(panel: MediationPanel = panel) -> bool:
            return panel.current is not None and panel.current.case.id == detail_case

        wait(app, listed)
        settle(app)
        written.append(out / f"case_list_{suffix}.png")
        panel.grab().save(str(written[-1]))
        panel.list.select_case(detail_case)
        wait(app, opened)
        settle(app)
        written.append(out / f"case_detail_{suffix}.png")
        panel.grab().save(str(written[-1]))
        panel.shutdown()
        panel.close()
        panel.deleteLater()
        settle(app, 0.1)
    if translate:
        translations(app).switch("zh_CN")
    return written


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(argv[0]) if argv else Path("/tmp/mediation-look")
    with tempfile.TemporaryDirectory() as directory:
        database = open_database(f"sqlite:///{Path(directory) / 'look.sqlite3'}")
        prepare_database(database)
        ids = seed_cases(database)
        for path in take_screenshots(database, ids["agreed"], out):
            sys.stdout.write(f"{path}\n")
        database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
