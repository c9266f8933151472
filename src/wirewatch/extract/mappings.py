"""PLOVER ↔ CAMEO ↔ ACLED: the codes an event carries besides its PLOVER type."""

from __future__ import annotations

# CAMEO root for a PLOVER type when the trigger gives none (TYPOLOGIES.md; CAMEO2PLOVER).
PLOVER_TO_CAMEO = {
    "AGREE": "03",
    "CONSULT": "04",
    "SUPPORT": "05",
    "COOPERATE": "06",
    "AID": "07",
    "CONCEDE": "08",
    "RETREAT": "08",
    "ACCUSE": "11",
    "REQUEST": "10",
    "REJECT": "12",
    "THREATEN": "13",
    "PROTEST": "14",
    "MOBILIZE": "15",
    "SANCTION": "16",
    "COERCE": "17",
    "ASSAULT": "19",
}

# CAMEO quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
# 4 material conflict (0 is used for neutral statements in some data sets).
PLOVER_QUAD = {
    "AGREE": 1,
    "CONSULT": 1,
    "SUPPORT": 1,
    "REQUEST": 1,
    "COOPERATE": 2,
    "AID": 2,
    "CONCEDE": 2,
    "RETREAT": 2,
    "ACCUSE": 3,
    "REJECT": 3,
    "THREATEN": 3,
    "PROTEST": 4,
    "MOBILIZE": 4,
    "SANCTION": 4,
    "COERCE": 4,
    "ASSAULT": 4,
}


def cameo_root(plover_type: str, trigger_cameo: str | None, act: str | None) -> str | None:
    """A pledged act is CAMEO 03 (intent to cooperate) or 13 (threaten), else the trigger's."""
    if act is not None and act != plover_type:
        return PLOVER_TO_CAMEO.get(plover_type)
    return trigger_cameo or PLOVER_TO_CAMEO.get(plover_type)


def cameo_code(act: str, plover_type: str, modality: str, trigger_cameo: str | None) -> str | None:
    """CAMEO codes intentions by what is intended: a pledged withdrawal or concession is
    03 (intent to cooperate) though PLOVER keeps it CONCEDE, a pledged blow is 13 (threaten),
    and a refused cooperation is 12 (reject)."""
    if modality in {"intended", "conditional"}:
        quad = PLOVER_QUAD.get(act)
        if quad in {1, 2} and act != "REQUEST":
            return "03"
        if quad == 4:
            return "13"
    if plover_type != act:
        return PLOVER_TO_CAMEO.get(plover_type)
    return trigger_cameo or PLOVER_TO_CAMEO.get(plover_type)


def acled_codes(acled: tuple[str, str] | None, modality: str) -> dict[str, str] | None:
    """ACLED codes only what happened: pledges, threats and negations get none."""
    if acled is None or modality != "asserted":
        return None
    return {"event_type": acled[0], "sub_event_type": acled[1]}
