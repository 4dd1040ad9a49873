"""Misuse of the typed path that mypy must refuse (checked by tests/test_typed_path.py, which runs
mypy on this file and expects an error on each line marked ``# error:``). Never imported."""

import datetime as dt
from decimal import Decimal

from qinzhou_calc.roads import DeadlineInput, deadline
from qinzhou_calc.techinno import ContractRegistrationInput, contract_registration_subsidy

contract_registration_subsidy.run(ContractRegistrationInput(registered_amount="abc"))  # error: arg-type
contract_registration_subsidy.run(ContractRegistrationInput(registered_amount=Decimal(1), point=[1]))  # error: call-arg
contract_registration_subsidy.run(ContractRegistrationInput(registered_amount=1.5))  # error: arg-type
ContractRegistrationInput(registered_amount=Decimal(1), as_of="2020-01-01")  # error: arg-type
deadline.run(DeadlineInput(obligation="warranty", start=dt.date(2020, 1, 1)))  # error: arg-type
deadline.run(ContractRegistrationInput(registered_amount=Decimal(1)))  # error: arg-type
