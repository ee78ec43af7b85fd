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
    # Petitions (信访): the registration slip and the written notices
    "petition_slip_title": {"zh_CN": "信访事项登记回执", "en": "Petition registration slip"},
    "petition_accept_title": {"zh_CN": "信访事项受理告知书", "en": "Notice of acceptance"},
    "petition_decline_title": {"zh_CN": "信访事项不予受理告知书", "en": "Notice of non-acceptance"},
    "petition_forward_title": {"zh_CN": "信访事项转送告知书", "en": "Notice of forwarding"},
    "petition_extend_title": {"zh_CN": "信访事项延期办理告知书", "en": "Notice of extension"},
    "petition_reply_title": {"zh_CN": "信访事项处理意见书", "en": "Written reply on a petition"},
    "petition_number": {"zh_CN": "信访编号：", "en": "Petition no.: "},
    "petitioners": {"zh_CN": "信访人：", "en": "Petitioners: "},
    "petition_channel": {"zh_CN": "信访形式：", "en": "Channel: "},
    "petition_category": {"zh_CN": "事项类别：", "en": "Category: "},
    "concerned_body": {"zh_CN": "涉及单位：", "en": "Body concerned: "},
    "petition_matter": {"zh_CN": "信访事项：", "en": "Matter: "},
    "headcount": {"zh_CN": "来访人数：", "en": "People who came: "},
    "received_on": {"zh_CN": "收到日期：", "en": "Received: "},
    "decide_by": {"zh_CN": "受理告知期限：", "en": "Decision due by: "},
    "handle_by": {"zh_CN": "办结期限：", "en": "To be handled by: "},
    "legal_routes": {"zh_CN": "法定途径：", "en": "Legal routes: "},
    "forwarded_to": {"zh_CN": "转送机关：", "en": "Forwarded to: "},
    "extension": {"zh_CN": "延长期限：", "en": "Extension: "},
    "extension_reason": {"zh_CN": "延期理由：", "en": "Reason: "},
    "finding": {"zh_CN": "处理结论：", "en": "Finding: "},
    "reply_opinion": {"zh_CN": "处理意见：", "en": "Opinion: "},
    "review_request_by": {"zh_CN": "申请复查期限：", "en": "Review to be asked for by: "},
    "days": {"zh_CN": "{n}日", "en": "{n} days"},
    "petition_slip_text": {
        "zh_CN": "你（你们）的信访事项已登记，本机关将于{decide_by}前告知是否受理。"
        "请凭信访编号查询办理情况。",
        "en": "Your petition is registered; you will be told by {decide_by} whether it is "
        "accepted. Quote the petition number to ask about it.",
    },
    "petition_accept_text": {
        "zh_CN": "你（你们）于{received}提出的信访事项，本机关已于{decided}依法受理，"
        "将于{handle_by}前办结并书面答复。",
        "en": "Your petition received on {received} was accepted on {decided}. It will be "
        "handled and answered in writing by {handle_by}.",
    },
    "petition_decline_text": {
        "zh_CN": "你（你们）于{received}提出的信访事项，依照《信访工作条例》的规定，"
        "本机关不予受理。请依法通过下列途径解决：",
        "en": "Your petition received on {received} is not accepted under the Regulations on "
        "Letters and Visits. The matter belongs to the following route(s) provided by law:",
    },
    "petition_forward_text": {
        "zh_CN": "你（你们）于{received}提出的信访事项，属于{body}的职权范围，"
        "本机关已于{decided}转送该机关办理，请向其了解办理情况。",
        "en": "Your petition received on {received} is a matter for {body}; it was forwarded "
        "there on {decided}. Please ask that body about its progress.",
    },
    "petition_extend_text": {
        "zh_CN": "你（你们）的信访事项因情况复杂，经本机关负责人批准，办理期限延长{days}日，"
        "延长至{handle_by}。",
        "en": "Your petition needs more time: with the approval of the head of this body its "
        "handling period is extended by {days} days, to {handle_by}.",
    },
    "petition_reply_text": {
        "zh_CN": "如对本处理意见不服，可以自收到本意见书之日起30日内（至{review_by}）"
        "请求原办理机关的上一级机关复查。",
        "en": "If you disagree with this reply you may ask the body above the one that handled "
        "it for a review within 30 days of receiving it (by {review_by}).",
    },
    "sign_petition_office": {"zh_CN": "办理机关（盖章）", "en": "Handling body (seal)"},
    "sign_petitioner": {"zh_CN": "信访人签收", "en": "Received by the petitioner"},
    # The ledger's monthly report (矛盾纠纷排查月报)
    "ledger_report_title": {"zh_CN": "矛盾纠纷排查月报", "en": "Monthly dispute investigation"},
    "report_month": {"zh_CN": "月份：", "en": "Month: "},
    "ledger_total": {"zh_CN": "排查纠纷数：", "en": "Disputes found: "},
    "ledger_resolved": {"zh_CN": "已化解：", "en": "Resolved: "},
    "resolution_rate": {"zh_CN": "化解率：", "en": "Resolution rate: "},
    "grids_reported": {"zh_CN": "已报告网格：", "en": "Grids reported: "},
    "zero_reports": {"zh_CN": "零报告：", "en": "Zero reports: "},
    "by_community": {"zh_CN": "按社区（村）", "en": "By community"},
    "by_grid": {"zh_CN": "按网格", "en": "By grid"},
    "by_kind": {"zh_CN": "按纠纷类型", "en": "By kind"},
    "by_risk": {"zh_CN": "按风险等级", "en": "By risk level"},
    "referrals": {"zh_CN": "移交情况", "en": "Referrals"},
    "missing_grids": {"zh_CN": "未报告网格", "en": "Grids that have not reported"},
    "count": {"zh_CN": "件数", "en": "Count"},
    "nothing": {"zh_CN": "无", "en": "None"},
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
