"""Three rules of the library modelled in OpenFisca, as a country package would write them.

* 钦政办规〔2019〕11号 第六条（一）: a new non-profit private school gets 120 元/m² of new teaching
  area, at most 500万元, if it is not a higher-vocational or undergraduate school and reaches the
  scale of 第二条 (classes and pupils, by type);
* 钦政发〔2019〕17号 附件5 二（四）: 0.5% of the registered amount of technology contracts;
* 政府令第11号 第二十四条 as amended: the fine range for one unpermitted excavation point, by its
  area (items (一) to (四), the lighter item at a shared end point).

The figures are OpenFisca parameters with dates, the formulas vectorised over persons, and every
number an OpenFisca ``float`` (numpy ``float32``), the engine's only non-integer type. The point of
the model is to compare like with like: the same law, written the way OpenFisca is written.
"""

from typing import Any

import numpy as np
from openfisca_core.entities import build_entity
from openfisca_core.indexed_enums import Enum
from openfisca_core.parameters import ParameterNode
from openfisca_core.periods import DateUnit
from openfisca_core.taxbenefitsystems import TaxBenefitSystem
from openfisca_core.variables import Variable

__all__ = ["SchoolType", "build_system"]

Person = build_entity(key="person", plural="persons", label="An applicant", is_person=True)


class SchoolType(Enum):
    """The school types of 第二条 (the payload's ``school.type``)."""

    kindergarten = "幼儿园"
    primary = "小学"
    junior_middle = "初级中学"
    senior_high = "高级中学"
    complete_middle = "完全中学"
    nine_year = "九年一贯制学校"
    secondary_vocational = "中等职业学校"
    higher_vocational = "高职高专院校"
    undergraduate = "本科院校"


def _fixed(value: float, since: str = "2019-11-22") -> dict[str, Any]:
    return {"values": {since: {"value": value}}}


def _by_type(values: dict[str, float]) -> dict[str, Any]:
    return {name: _fixed(value) for name, value in values.items()}


# 第二条: minimum classes and pupils by type (0: no minimum); 第六条（一）: rate, cap and exclusions.
_PARAMETERS: dict[str, Any] = {
    "education": {
        "min_classes": _by_type(
            {
                "kindergarten": 9,
                "primary": 12,
                "junior_middle": 12,
                "senior_high": 18,
                "complete_middle": 0,
                "nine_year": 0,
                "secondary_vocational": 0,
                "higher_vocational": 0,
                "undergraduate": 0,
            }
        ),
        "min_students": _by_type(
            {
                "kindergarten": 270,
                "primary": 540,
                "junior_middle": 600,
                "senior_high": 900,
                "complete_middle": 1200,
                "nine_year": 1200,
                "secondary_vocational": 1200,
                "higher_vocational": 1800,
                "undergraduate": 0,
            }
        ),
        "new_build_rate": _fixed(120),
        "new_build_cap": _fixed(5_000_000),
    },
    "techinno": {"contract_registration_rate": _fixed(0.005, "2019-01-01")},
    "roads": {
        "excavation": {
            "top_1": _fixed(20, "2018-08-01"),
            "top_2": _fixed(50, "2018-08-01"),
            "top_3": _fixed(100, "2018-08-01"),
            "minimum": {f"tier_{i}": _fixed(v, "2018-08-01") for i, v in enumerate((1000, 3000, 10000, 15000), 1)},
            "maximum": {f"tier_{i}": _fixed(v, "2018-08-01") for i, v in enumerate((3000, 10000, 15000, 20000), 1)},
        },
    },
}


class school_type(Variable):  # noqa: N801 - OpenFisca names variables in snake case
    value_type = Enum
    possible_values = SchoolType
    default_value = SchoolType.primary
    entity = Person
    definition_period = DateUnit.YEAR


class school_classes(Variable):  # noqa: N801
    value_type = int
    entity = Person
    definition_period = DateUnit.YEAR


class school_students(Variable):  # noqa: N801
    value_type = int
    entity = Person
    definition_period = DateUnit.YEAR


class school_non_profit(Variable):  # noqa: N801
    value_type = bool
    entity = Person
    definition_period = DateUnit.YEAR


class new_teaching_area_m2(Variable):  # noqa: N801
    value_type = float
    entity = Person
    definition_period = DateUnit.YEAR


class new_build_subsidy(Variable):  # noqa: N801
    """第六条（一）: 120 元/m² × the new teaching area, at most 500万元, for an eligible school."""

    value_type = float
    entity = Person
    definition_period = DateUnit.YEAR

    def formula(person: Any, period: Any, parameters: Any) -> Any:  # noqa: N805 - OpenFisca's convention
        law = parameters(period).education
        kind = person("school_type", period)
        excluded = (kind == SchoolType.higher_vocational) + (kind == SchoolType.undergraduate)
        scale = (person("school_classes", period) >= law.min_classes[kind]) * (
            person("school_students", period) >= law.min_students[kind]
        )
        eligible = person("school_non_profit", period) * scale * np.logical_not(excluded)
        amount = np.round(np.minimum(law.new_build_rate * person("new_teaching_area_m2", period), law.new_build_cap), 2)
        return eligible * amount


class registered_amount(Variable):  # noqa: N801
    value_type = float
    entity = Person
    definition_period = DateUnit.YEAR


class contract_registration_subsidy(Variable):  # noqa: N801
    """附件5 二（四）: 0.5% of the registered amount, to the fen."""

    value_type = float
    entity = Person
    definition_period = DateUnit.YEAR

    def formula(person: Any, period: Any, parameters: Any) -> Any:  # noqa: N805
        rate = parameters(period).techinno.contract_registration_rate
        return np.round(person("registered_amount", period) * rate, 2)


class excavation_area_m2(Variable):  # noqa: N801
    value_type = float
    entity = Person
    definition_period = DateUnit.YEAR


def _tier_value(area: Any, law: Any, bound: Any) -> Any:
    # The lighter item at a shared end point: (一) up to 20 included, (二) above 20 up to 50 ...
    return np.select(
        [area <= law.top_1, area <= law.top_2, area <= law.top_3],
        [bound.tier_1, bound.tier_2, bound.tier_3],
        bound.tier_4,
    )


class excavation_fine_minimum(Variable):  # noqa: N801
    """第二十四条: the lowest fine for one excavation point of the given area."""

    value_type = float
    entity = Person
    definition_period = DateUnit.YEAR

    def formula(person: Any, period: Any, parameters: Any) -> Any:  # noqa: N805
        law = parameters(period).roads.excavation
        return _tier_value(person("excavation_area_m2", period), law, law.minimum)


class excavation_fine_maximum(Variable):  # noqa: N801
    """第二十四条: the highest fine for one excavation point of the given area."""

    value_type = float
    entity = Person
    definition_period = DateUnit.YEAR

    def formula(person: Any, period: Any, parameters: Any) -> Any:  # noqa: N805
        law = parameters(period).roads.excavation
        return _tier_value(person("excavation_area_m2", period), law, law.maximum)


VARIABLES = (
    school_type,
    school_classes,
    school_students,
    school_non_profit,
    new_teaching_area_m2,
    new_build_subsidy,
    registered_amount,
    contract_registration_subsidy,
    excavation_area_m2,
    excavation_fine_minimum,
    excavation_fine_maximum,
)


def build_system() -> TaxBenefitSystem:
    """The tax-benefit system of the three rules."""
    system = TaxBenefitSystem([Person])
    system.parameters = ParameterNode("", data=_PARAMETERS)
    for variable in VARIABLES:
        system.add_variable(variable)
    return system
