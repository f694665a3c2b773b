"""How fast the wording check is on a 2,000-character narrative (it runs while typing).

    .venv/bin/python tests/benchmarks/lint_speed.py

Prints the median of 200 runs and the floor: the same text scanned by one compiled regular
expression for the lexicon's most common phrase, the least any checker has to do.
"""

from __future__ import annotations

import re
import statistics
import time
from collections.abc import Callable

from narrativ.language import lint

# A realistic narrative of about 2,000 characters: mostly strength-focused, with a few
# phrases that are marked.
NARRATIVE = (
    "Tirsdag formiddag på legepladsen. Det havde regnet hele natten, og sandkassen var "
    "våd og tung. Lasse (5 år) stod først lidt ved hegnet og kiggede på de andre børn, "
    "der byggede en dæmning med skovle og spande. Efter et stykke tid gik han hen til "
    "Åse og spurgte, om han måtte være med. Åse rakte ham en skovl uden at sige noget, "
    "og han begyndte straks at grave en kanal fra dæmningen ned mod vandpytten. Da "
    'vandet begyndte at løbe, råbte han: "Se, det virker!" og flere børn kom til. '
    "Han viste Bjørn, hvordan man kunne lægge sten i bunden, så kanalen ikke skred "
    "sammen. Bjørn kan ikke vente på tur og tog skovlen fra ham, og Lasse blev sur og "
    "skubbede. En voksen satte sig på hug ved siden af dem, og efter lidt tid fandt de "
    "selv på at skiftes: én graver, én henter sten. Lasse er ved at lære at sige stop "
    "med ord, og i dag lykkedes det ham to gange. Han holdt fokus i næsten en halv time, "
    "hvilket vi ellers sjældent ser i samlingen, hvor han altid sidder uroligt. Det "
    "siger noget om, hvad der optager ham: han er god til at se sammenhænge, når han "
    "får lov at bruge hænderne. Bagefter hjalp han Ørnulf med at skylle skovlene og "
    "fortalte stolt mor om kanalen, da hun hentede ham.\n\n"
    "Refleksion: Lasse tager initiativ, når han får en konkret opgave, og han søger "
    "fællesskabet af sig selv. Han viser omsorg for de mindre børn og prøver at løse "
    "konflikter med ord. Når mange taler på én gang, har han brug for en voksen tæt på.\n\n"
    "Næste skridt: Vi giver Lasse en opgave med hænderne i samlingen og lader ham vise "
    "de andre, hvordan man bygger en kanal. Vi fortæller forældrene om situationen, "
    "og vi spørger dem, hvad de ser derhjemme, når han er optaget af noget. Vi aftaler "
    "med Bjørns forældre, at vi sammen holder øje med, hvornår det lykkes ham at vente, "
    "og vi skriver en ny fortælling om begge drenge om to uger, så vi kan se, hvad der "
    "har flyttet sig. Til sidst spørger vi Lasse selv, hvad han bedst kan lide at bygge, "
    "og hvem han helst vil bygge sammen med."
)


def median_ms(work: Callable[[], object], runs: int = 200) -> float:
    work()
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def main() -> None:
    floor_pattern = re.compile(r"\bkan ikke\b", re.IGNORECASE)
    value = median_ms(lambda: lint(NARRATIVE))
    floor = median_ms(lambda: floor_pattern.findall(NARRATIVE))
    print(f"lint of {len(NARRATIVE)} characters: median {value:.2f} ms")
    print(f"floor (one regular expression): {floor:.3f} ms; ratio {value / floor:.0f}x")
    print("target: well under 5 ms while typing")


if __name__ == "__main__":
    main()
