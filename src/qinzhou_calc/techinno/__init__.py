"""钦政发〔2019〕17号: high-tech enterprise rewards, incubator and technology-transfer subsidies."""

from .._core import Declaration
from . import parameters
from .annex4_2_3_incubator_subsidy import Incubatee, IncubatorSubsidyInput, incubator_subsidy
from .annex4_annex5_targets import ActualHighTech, ActualProjects, TransformationTargetsInput, transformation_targets
from .annex4_high_tech import HteCertificationInput, HteTaxSavingInput, hte_certification_reward, hte_tax_saving
from .annex5_achievements import (
    AchievementTransferInput,
    ContractRegistrationInput,
    InventorRewardInput,
    achievement_transfer_subsidy,
    contract_registration_subsidy,
    inventor_reward_minimum,
)
from .parameters import TECHINNO
from .readings import READINGS
from .warning_notes import WARNINGS

__all__ = [
    "DECLARATION",
    "TECHINNO",
    "AchievementTransferInput",
    "ActualHighTech",
    "ActualProjects",
    "ContractRegistrationInput",
    "HteCertificationInput",
    "HteTaxSavingInput",
    "Incubatee",
    "IncubatorSubsidyInput",
    "InventorRewardInput",
    "TransformationTargetsInput",
    "achievement_transfer_subsidy",
    "contract_registration_subsidy",
    "hte_certification_reward",
    "hte_tax_saving",
    "incubator_subsidy",
    "inventor_reward_minimum",
    "transformation_targets",
]

#: The document, once: what the registry, the catalogue and every face list.
DECLARATION = Declaration(
    TECHINNO,
    calculators=(
        hte_certification_reward,
        hte_tax_saving,
        incubator_subsidy,
        achievement_transfer_subsidy,
        contract_registration_subsidy,
        inventor_reward_minimum,
        transformation_targets,
    ),
    parameters=(parameters,),
    readings=READINGS,
    warnings=WARNINGS,
)
