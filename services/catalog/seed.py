"""What a new center starts with: a bilingual service catalog, counters and one admin account."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from services.catalog.english.texts import materials_in_english
from services.core.actors import SYSTEM
from services.core.center_config import DEFAULTS
from services.core.clock import resolve_now
from services.core.journal import record_audit
from services.storage.models import Counter, CounterService, Service, SettingRow, Staff


@dataclass(frozen=True)
class SeedService:
    code: str
    name_zh: str
    name_en: str
    description_zh: str
    description_en: str
    promised_days: int
    target_wait_minutes: int
    materials: tuple[str, ...]
    is_dispute: bool = False


SERVICES = (
    SeedService(
        "A",
        "社会保障",
        "Social security",
        "参保登记、社保卡、养老与医疗保险",
        "Insurance enrolment, social security card, pension and medical insurance",
        5,
        20,
        ("身份证原件", "户口簿", "一寸照片"),
    ),
    SeedService(
        "B",
        "民政服务",
        "Civil affairs",
        "低保、临时救助、养老服务补贴、残疾人补贴",
        "Minimum living allowance, emergency aid, elderly and disability subsidies",
        10,
        25,
        ("身份证原件", "户口簿", "收入证明", "银行卡复印件"),
    ),
    SeedService(
        "C",
        "户籍办理",
        "Household registration",
        "户口迁移、身份证、居住证",
        "Household moves, ID cards, residence permits",
        7,
        20,
        ("身份证原件", "户口簿", "房产证明或租赁合同"),
    ),
    SeedService(
        "D",
        "住房保障",
        "Residence and housing",
        "公租房申请、住房补贴、房屋证明",
        "Public rental housing, housing subsidies, property certificates",
        15,
        30,
        ("身份证原件", "户口簿", "收入证明", "婚姻状况证明"),
    ),
    SeedService(
        "E",
        "企业与劳动",
        "Enterprise and labour",
        "个体工商户登记、就业登记、劳动用工备案",
        "Sole-trader registration, employment registration, labour filings",
        5,
        25,
        ("身份证原件", "经营场所证明", "劳动合同"),
    ),
    SeedService(
        "F",
        "矛盾纠纷调解",
        "Dispute mediation",
        "邻里、家庭、劳动、土地与合同纠纷",
        "Neighbour, family, labour, land and contract disputes",
        30,
        30,
        ("身份证原件", "相关证据材料"),
        is_dispute=True,
    ),
    SeedService(
        "G",
        "咨询服务",
        "Consultation",
        "政策咨询、办事指引",
        "Policy questions and guidance on any matter",
        0,
        15,
        (),
    ),
    SeedService(
        "H",
        "证明开具",
        "Certificates",
        "居住证明、亲属关系证明、无犯罪记录指引",
        "Residence, kinship and other certificates",
        3,
        20,
        ("身份证原件", "户口簿"),
    ),
)

GENERAL_WINDOWS = 4
SPECIALISED_COUNTERS = (
    (5, "社保专窗", "Social security desk", ("A", "G")),
    (6, "户籍专窗", "Household registration desk", ("C", "H")),
    (7, "企业与住房专窗", "Enterprise and housing desk", ("E", "D")),
    (8, "矛盾纠纷调解室", "Mediation room", ("F",)),
)

ADMIN_USERNAME = "admin"


def is_seeded(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(Service)))


def seed_initial_data(session: Session, *, now: datetime | None = None) -> bool:
    """Seed an empty database. Returns False (and changes nothing) when already seeded."""
    at = resolve_now(now)
    if is_seeded(session):
        return False
    services = _seed_services(session)
    _seed_counters(session, services)
    for key, value in DEFAULTS.items():
        session.add(SettingRow(key=key, value=value))
    if session.scalar(select(Staff).where(Staff.username == ADMIN_USERNAME)) is None:
        # No password: the admin chooses one at the first login, so none is ever printed.
        session.add(
            Staff(
                username=ADMIN_USERNAME,
                full_name="系统管理员 Administrator",
                role="admin",
                password_hash=None,
                must_change_password=True,
                failed_logins=0,
                active=True,
                created_at=at,
            )
        )
    record_audit(
        session,
        SYSTEM,
        "seed.initial",
        at=at,
        target_type="database",
        details={
            "services": len(services),
            "counters": GENERAL_WINDOWS + len(SPECIALISED_COUNTERS),
        },
    )
    session.commit()
    return True


def _seed_services(session: Session) -> dict[str, Service]:
    services: dict[str, Service] = {}
    for order, seed in enumerate(SERVICES):
        service = Service(
            code=seed.code,
            name_zh=seed.name_zh,
            name_en=seed.name_en,
            description_zh=seed.description_zh,
            description_en=seed.description_en,
            promised_days=seed.promised_days,
            target_wait_minutes=seed.target_wait_minutes,
            is_dispute=seed.is_dispute,
            active=True,
            sort_order=order,
            materials=list(seed.materials),
            materials_en=materials_in_english(seed.materials),
        )
        session.add(service)
        services[seed.code] = service
    session.flush()
    return services


def _seed_counters(session: Session, services: dict[str, Service]) -> None:
    plan: list[tuple[int, str, str, tuple[str, ...]]] = [
        (n, f"综合窗口 {n}", f"General window {n}", tuple(services))
        for n in range(1, GENERAL_WINDOWS + 1)
    ]
    plan.extend(SPECIALISED_COUNTERS)
    for number, name_zh, name_en, codes in plan:
        counter = Counter(number=number, name_zh=name_zh, name_en=name_en, state="closed")
        session.add(counter)
        session.flush()
        for position, code in enumerate(codes):
            session.add(
                CounterService(
                    counter_id=counter.id, service_id=services[code].id, position=position
                )
            )
