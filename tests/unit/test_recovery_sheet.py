"""The recovery sheet is a real PDF whose text reads back with the code and Danish letters."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from narrativ.reports.recovery_sheet import RecoverySheet, render_recovery_sheet

CODE = "6DFXQ-CMJWK-8VBBT-MDN48-AG877-K0BZ5"


def test_sheet_has_one_page_with_code_institution_and_embedded_font() -> None:
    pdf = render_recovery_sheet(
        RecoverySheet("Børnehuset Mælkebøtten & Co <Ø>", "narrativ.db", CODE, date(2026, 11, 28))
    )
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Børnehuset Mælkebøtten & Co <Ø>" in text
    assert CODE.replace("-", "") in text.replace("-", "").replace("\n", "").replace(" ", "")
    assert "pengeskab" in text and "28.11.2026" in text
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert any("DejaVuSans" in str(font.get_object()["/BaseFont"]) for font in fonts.values())
