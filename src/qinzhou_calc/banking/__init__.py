"""钦市财规〔2019〕3号 钦州市本级预算单位资金存放管理暂行办法 and its 综合评分表（模板）."""

from .._core import Declaration
from . import parameters
from .annex_scoring import (
    INDICATORS,
    AddedIndicator,
    AddedScore,
    BankMetrics,
    DepositOffer,
    DepositRateInput,
    InformationSystem,
    JudgedItem,
    Points,
    ScoreBanksInput,
    Standards,
    Template,
    deposit_rate_score,
    score_banks,
)
from .art9_deposits import DepositComplianceInput, deposit_compliance
from .art11_eligibility import BankEligibilityInput, BankProfile, bank_eligibility
from .art13_art15_procedure import SelectionProcedureInput, selection_procedure
from .parameters import BANKING
from .readings import READINGS, WARNINGS

__all__ = [
    "BANKING",
    "DECLARATION",
    "INDICATORS",
    "AddedIndicator",
    "AddedScore",
    "BankEligibilityInput",
    "BankMetrics",
    "BankProfile",
    "DepositComplianceInput",
    "DepositOffer",
    "DepositRateInput",
    "InformationSystem",
    "JudgedItem",
    "Points",
    "ScoreBanksInput",
    "SelectionProcedureInput",
    "Standards",
    "Template",
    "bank_eligibility",
    "deposit_compliance",
    "deposit_rate_score",
    "score_banks",
    "selection_procedure",
]

#: The document, once: what the registry, the catalogue and every face list.
DECLARATION = Declaration(
    BANKING,
    calculators=(
        bank_eligibility,
        deposit_compliance,
        deposit_rate_score,
        score_banks,
        selection_procedure,
    ),
    parameters=(parameters,),
    readings=READINGS,
    warnings=WARNINGS,
)
