"""钦政发〔2019〕17号: high-tech enterprise rewards, incubator and technology-transfer subsidies."""

from .annex5_achievements import ContractRegistrationInput, contract_registration_subsidy
from .parameters import TECHINNO

__all__ = ["TECHINNO", "ContractRegistrationInput", "contract_registration_subsidy"]
