"""钦政办规〔2019〕11号 钦州市鼓励扶持民办教育发展若干政策（暂行）.

One module per part of the policy: 第二条 (scope), 第六条（一） to （五） (subsidies). The
figures of the policy are in :mod:`.parameters`; the PBoC rates 第六条（五） refers to are
reference data in :mod:`.pboc_rates`.
"""

from .._core import Declaration
from . import parameters, pboc_rates
from .art2_scope import ScaleEligibilityInput, School, scale_eligibility
from .art6_1_premises import LeaseSubsidyInput, NewBuildSubsidyInput, lease_subsidy, new_build_subsidy
from .art6_2_quality import QualityAwardInput, quality_award
from .art6_3_places import (
    InclusiveKindergartenInput,
    PurchasedPlacesInput,
    inclusive_kindergarten_subsidy,
    purchased_places_subsidy,
)
from .art6_4_teachers import Contributions, TeacherInsuranceInput, teacher_insurance_subsidy
from .art6_5_loans import Loan, LoanInterestInput, Period, Repayment, loan_interest_subsidy
from .parameters import EDUCATION
from .readings import READINGS
from .warning_notes import WARNINGS

__all__ = [
    "DECLARATION",
    "EDUCATION",
    "Contributions",
    "InclusiveKindergartenInput",
    "LeaseSubsidyInput",
    "Loan",
    "LoanInterestInput",
    "NewBuildSubsidyInput",
    "Period",
    "PurchasedPlacesInput",
    "QualityAwardInput",
    "Repayment",
    "ScaleEligibilityInput",
    "School",
    "TeacherInsuranceInput",
    "inclusive_kindergarten_subsidy",
    "lease_subsidy",
    "loan_interest_subsidy",
    "new_build_subsidy",
    "purchased_places_subsidy",
    "quality_award",
    "scale_eligibility",
    "teacher_insurance_subsidy",
]

#: The document, once: what the registry, the catalogue and every face list.
DECLARATION = Declaration(
    EDUCATION,
    calculators=(
        new_build_subsidy,
        lease_subsidy,
        quality_award,
        purchased_places_subsidy,
        inclusive_kindergarten_subsidy,
        teacher_insurance_subsidy,
        loan_interest_subsidy,
        scale_eligibility,
    ),
    parameters=(parameters, pboc_rates),
    readings=READINGS,
    warnings=WARNINGS,
)
