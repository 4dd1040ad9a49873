"""政府令第11号 钦州市中心城区城市道路挖掘修复管理办法, as amended by 政府令第12号.

Fines (第二十四条 to 第二十八条), in the 2018 text ("并处以") and the text in force from
2019-12-01 ("可以处以"), and every time limit of the measures (第六条 to 第二十一条).
"""

from .._core import Declaration
from . import parameters
from .art6_art21_deadlines import DeadlineInput, deadline
from .art24_unpermitted_excavation import UnpermittedExcavationInput, unpermitted_excavation_fine
from .art25_unapproved_change import UnapprovedChangeInput, unapproved_change_fine
from .art26_waste_mud import WasteMudInput, waste_mud_fine
from .art27_repair_default import RepairDefaultInput, repair_default_fine
from .art28_site_violations import SiteViolationInput, site_violation_fine
from .parameters import AMENDMENT, ROADS
from .readings import READINGS, WARNINGS

__all__ = [
    "AMENDMENT",
    "DECLARATION",
    "ROADS",
    "DeadlineInput",
    "RepairDefaultInput",
    "SiteViolationInput",
    "UnapprovedChangeInput",
    "UnpermittedExcavationInput",
    "WasteMudInput",
    "deadline",
    "repair_default_fine",
    "site_violation_fine",
    "unapproved_change_fine",
    "unpermitted_excavation_fine",
    "waste_mud_fine",
]

#: The document, once: what the registry, the catalogue and every face list.
DECLARATION = Declaration(
    ROADS,
    calculators=(
        unpermitted_excavation_fine,
        unapproved_change_fine,
        waste_mud_fine,
        repair_default_fine,
        site_violation_fine,
        deadline,
    ),
    parameters=(parameters,),
    amendments=(AMENDMENT,),
    readings=READINGS,
    warnings=WARNINGS,
)
