"""The fixed texts printed on documents, in Chinese and English.

User data is printed as given; only these labels follow a document's ``language``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Final, Literal, TypeGuard

Language = Literal["zh_CN", "en"]
LANGUAGES: Final[tuple[Language, ...]] = ("zh_CN", "en")

_LABELS: Final[Mapping[str, Mapping[Language, str]]] = {
    # Queue ticket
    "ticket_title": {"zh_CN": "排队取号凭条", "en": "Queue ticket"},
    "people_ahead": {"zh_CN": "前面还有 {n} 人", "en": "{n} people ahead"},
    "people_ahead_one": {"zh_CN": "前面还有 1 人", "en": "1 person ahead"},
    "people_ahead_none": {"zh_CN": "前面没有人等候", "en": "No one ahead of you"},
    "estimated_wait": {
        "zh_CN": "预计等候约 {minutes} 分钟",
        "en": "Estimated wait: about {minutes} min",
    },
    "issued_at": {"zh_CN": "取号时间：", "en": "Issued: "},
    "ticket_notice": {
        "zh_CN": "过号请到咨询台重新排队。咨询电话：{phone}",
        "en": "Missed your number? Ask at the information desk to queue again. Phone: {phone}",
    },
    "priority": {"zh_CN": "优先：", "en": "Priority: "},
    "ticket_hint": {
        "zh_CN": "请留意叫号，过号请重新取号。",
        "en": "Please listen for your number. If you miss it, take a new ticket.",
    },
    # Acceptance receipt
    "receipt_title": {"zh_CN": "受理回执", "en": "Acceptance receipt"},
    "request_number": {"zh_CN": "受理编号：", "en": "Request no.: "},
    "resident_name": {"zh_CN": "申请人：", "en": "Applicant: "},
    "id_number": {"zh_CN": "证件号码：", "en": "ID number: "},
    "service": {"zh_CN": "办理事项：", "en": "Matter: "},
    "description": {"zh_CN": "事项说明：", "en": "Details: "},
    "materials_submitted": {"zh_CN": "已收材料：", "en": "Materials received:"},
    "materials_missing": {
        "zh_CN": "一次性告知，尚需补齐材料：",
        "en": "One-time notice, materials still missing:",
    },
    "no_materials_missing": {"zh_CN": "材料齐全。", "en": "All materials received."},
    "none": {"zh_CN": "无", "en": "None"},
    "promised_by": {"zh_CN": "承诺办结日期：", "en": "Promised by: "},
    "counter": {"zh_CN": "受理窗口：", "en": "Counter: "},
    "staff": {"zh_CN": "经办人：", "en": "Staff: "},
    "accepted_at": {"zh_CN": "受理时间：", "en": "Accepted: "},
    "receipt_hint": {
        "zh_CN": "请妥善保管本回执，凭受理编号查询办理进度。",
        "en": "Keep this receipt; quote the request number to check progress.",
    },
    # Referral slip
    "referral_title": {"zh_CN": "矛盾纠纷转介单", "en": "Dispute referral slip"},
    "case_number": {"zh_CN": "案件编号：", "en": "Case no.: "},
    "applicants": {"zh_CN": "申请人：", "en": "Applicants: "},
    "respondents": {"zh_CN": "被申请人：", "en": "Respondents: "},
    "party_name": {"zh_CN": "姓名/名称", "en": "Name"},
    "party_id": {"zh_CN": "证件号码", "en": "ID number"},
    "party_phone": {"zh_CN": "联系电话", "en": "Phone"},
    "organisation": {"zh_CN": "（单位）", "en": " (organisation)"},
    "dispute_type": {"zh_CN": "纠纷类型：", "en": "Dispute type: "},
    "channel": {"zh_CN": "调解渠道：", "en": "Channel: "},
    "receiving_body": {"zh_CN": "接收单位：", "en": "Receiving body: "},
    "address": {"zh_CN": "地址：", "en": "Address: "},
    "phone": {"zh_CN": "电话：", "en": "Phone: "},
    "facts": {"zh_CN": "基本情况：", "en": "Facts: "},
    "feedback_due": {"zh_CN": "反馈期限：", "en": "Feedback due: "},
    "referred_at": {"zh_CN": "转介时间：", "en": "Referred: "},
    "stub_copy": {"zh_CN": "存根联", "en": "Stub copy"},
    "stub_copy_note": {"zh_CN": "本中心留存", "en": "kept by the center"},
    "handover_copy": {"zh_CN": "交接联", "en": "Handover copy"},
    "handover_copy_note": {"zh_CN": "交接收单位", "en": "for the receiving body"},
    "referral_hint": {
        "zh_CN": "请接收单位在反馈期限前书面反馈办理结果。",
        "en": "The receiving body is asked to report the outcome in writing by the due date.",
    },
    # Signatures (PDF)
    "sign_applicant": {"zh_CN": "申请人签名", "en": "Applicant's signature"},
    "sign_staff": {"zh_CN": "经办人签名", "en": "Staff signature"},
    "sign_referring": {"zh_CN": "转出单位经办人", "en": "Referred by"},
    "sign_receiving": {"zh_CN": "接收单位签收人", "en": "Received by"},
    "sign_date": {"zh_CN": "日期", "en": "Date"},
    "seal": {"zh_CN": "（盖章）", "en": "(seal)"},
    # Test page
    "test_page_title": {"zh_CN": "打印机测试页", "en": "Printer test page"},
    "station": {"zh_CN": "工作站：", "en": "Station: "},
    "printed_at": {"zh_CN": "打印时间：", "en": "Printed: "},
    "paper_width": {"zh_CN": "纸宽：", "en": "Paper width: "},
    "columns": {"zh_CN": "每行字符：", "en": "Columns: "},
    "test_bold": {"zh_CN": "粗体 Bold", "en": "Bold 粗体"},
    "test_sizes": {"zh_CN": "字号", "en": "Size"},
    "test_punctuation": {"zh_CN": "全角标点：", "en": "Full-width punctuation: "},
    "test_end": {"zh_CN": "测试结束", "en": "End of test"},
}


def is_language(value: str) -> TypeGuard[Language]:
    return value in LANGUAGES


def check_language(value: str) -> Language:
    """Return ``value`` as a :data:`Language`, or raise ``ValueError``."""
    if not is_language(value):
        raise ValueError(f"unsupported document language {value!r}; use one of {LANGUAGES}")
    return value


def label(key: str, language: str, **values: object) -> str:
    """The label ``key`` in ``language``, with ``{placeholders}`` filled from ``values``."""
    texts = _LABELS.get(key)
    if texts is None:
        raise KeyError(f"no printed label named {key!r}")
    text = texts[check_language(language)]
    return text.format(**values) if values else text


def other_language(language: str) -> Language:
    return "en" if check_language(language) == "zh_CN" else "zh_CN"


def people_ahead(count: int, language: str) -> str:
    if count <= 0:
        return label("people_ahead_none", language)
    if count == 1:
        return label("people_ahead_one", language)
    return label("people_ahead", language, n=count)


def format_date(value: date, language: str) -> str:
    if check_language(language) == "zh_CN":
        return f"{value.year}年{value.month}月{value.day}日"
    return value.isoformat()


def format_datetime(value: datetime, language: str) -> str:
    clock = value.strftime("%H:%M")
    if check_language(language) == "zh_CN":
        return f"{format_date(value.date(), language)} {clock}"
    return f"{value.date().isoformat()} {clock}"
