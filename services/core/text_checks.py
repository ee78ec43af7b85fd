"""The one rule set for text people type, checked before it is stored.

``clean_text`` applies every rule and returns the text to store:

1. It is a ``str``.
2. It is NFC-normalised (the same name typed on two keyboards compares equal) and stripped
   of surrounding white space. Multi-line text has its line ends made ``\\n``.
3. It holds no refused character: control characters (Cc: they steer printers and
   terminals), format characters (Cf: zero-width and direction overrides disguise text),
   lone surrogates (Cs: no encoding can store them), private-use and unassigned code points
   (Co, Cn: no font shows them), line and paragraph separators (Zl, Zp). Multi-line text
   may hold line breaks and tabs; single-line text holds neither.
4. It can therefore be written in GB18030, the encoding of the thermal printers and of
   exports: GB18030 maps every code point except the lone surrogates refused above.
5. It is not empty when required, and at most ``max_length`` characters.

The options are only where callers truly differ: whether the text may be empty, how long it
may be, and whether it may span lines. A refusal is a ``TextRefused`` that names the field and
the rule (``TextProblem``), so a window can say it in the user's language.

``refuse_control_characters`` applies rule 3 alone, for callers that have already
trimmed and measured their text and store it exactly as given.
"""

from __future__ import annotations

import unicodedata

from services.core.errors import TextProblem, TextRefused

REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
LINE_BREAKS = frozenset("\n\r\t")


def clean_text(
    value: str,
    what: str,
    *,
    max_length: int,
    required: bool = False,
    multiline: bool = False,
) -> str:
    """``value`` as it is to be stored, or ``TextRefused`` naming ``what`` and the rule."""
    if not isinstance(value, str):
        raise TextRefused(what, TextProblem.NOT_TEXT)
    text = unicodedata.normalize("NFC", value).strip()
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if required and not text:
        raise TextRefused(what, TextProblem.EMPTY)
    if len(text) > max_length:
        raise TextRefused(what, TextProblem.TOO_LONG, limit=max_length, length=len(text))
    return refuse_control_characters(text, what, multiline=multiline)


def refuse_control_characters(text: str, what: str, *, multiline: bool = False) -> str:
    """Return ``text`` unchanged, or raise ``TextRefused`` for its first refused character.

    ``multiline`` allows line breaks and tabs.
    """
    for char in text:
        if char in LINE_BREAKS:
            if not multiline:
                raise TextRefused(what, TextProblem.LINE_BREAK, char=char)
        elif unicodedata.category(char) in REFUSED_CATEGORIES:
            raise TextRefused(what, TextProblem.REFUSED_CHARACTER, char=char)
    return text
