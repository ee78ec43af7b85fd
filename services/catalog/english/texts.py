"""English for the Chinese texts a new center is seeded with.

Used when seeding and by the migration that gave these rows English columns; a center that
adds its own materials or bodies types their English in the administration tab.
"""

from __future__ import annotations

from typing import Final

MATERIALS_EN: Final[dict[str, str]] = {
    "身份证原件": "Original ID card",
    "户口簿": "Household register",
    "一寸照片": "One-inch photo",
    "收入证明": "Proof of income",
    "银行卡复印件": "Copy of the bank card",
    "房产证明或租赁合同": "Property certificate or tenancy contract",
    "婚姻状况证明": "Proof of marital status",
    "经营场所证明": "Proof of business premises",
    "劳动合同": "Employment contract",
    "相关证据材料": "Evidence of the dispute",
}

# receiving body (its seeded Chinese name) -> English name and the dispute types it suits
BODIES_EN: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "街道人民调解委员会": (
        "Subdistrict People's Mediation Committee",
        ("neighbour", "marriage_family", "housing_homestead", "property_management", "other"),
    ),
    "区医疗纠纷人民调解委员会": ("District Medical Dispute Mediation Committee", ("medical",)),
    "区道路交通事故纠纷人民调解委员会": (
        "District Traffic Accident Dispute Mediation Committee",
        ("traffic",),
    ),
    "区司法局行政调解室": (
        "District Justice Bureau Administrative Mediation Office",
        ("land_acquisition", "environment", "contract"),
    ),
    "区人力资源和社会保障局劳动争议调解中心": (
        "District Labour Dispute Mediation Centre (Human Resources and Social Security)",
        ("labour",),
    ),
    "区市场监督管理局消费纠纷调解室": (
        "District Consumer Dispute Mediation Office (Market Regulation)",
        ("consumer",),
    ),
    "区人民法院诉调对接中心": (
        "District People's Court Litigation-Mediation Centre",
        ("contract", "other"),
    ),
}


def materials_in_english(materials: list[str] | tuple[str, ...]) -> list[str]:
    """The English of each seeded material; an unknown one stays empty for a person to fill."""
    return [MATERIALS_EN.get(name, "") for name in materials]
