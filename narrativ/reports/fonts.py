"""Register the embedded TrueType fonts once; every report uses them for æ, ø and å."""

from __future__ import annotations

import functools

from narrativ.paths import resource_path

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


@functools.cache
def register_fonts() -> str:
    """Register the DejaVu Sans family with reportlab and return its name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    files = {
        FAMILY: "DejaVuSans.ttf",
        BOLD: "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
    }
    for name, file in files.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    addMapping(FAMILY, 0, 0, FAMILY)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, "DejaVuSans-Oblique")
    addMapping(FAMILY, 1, 1, "DejaVuSans-BoldOblique")
    return FAMILY
