"""The forms in a real browser: headless Chromium from the system packages, driven by Selenium.

For one calculator of each document: fill the form, submit and read the answer; submit a bad
value and see the error beside its field; add and remove a list row. A screenshot of each page
is kept under ``build/screenshots/`` (the CI's artifacts). The tests are skipped only where the
system has no Chromium or ChromeDriver (``.ci/run`` installs both).
"""

import os
import re
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.select import Select

from qinzhou_calc.web._form import dom_id

from ..system_packages import needs

SHOTS = Path(os.environ.get("QINZHOU_CALC_SCREENSHOTS", Path(__file__).parents[2] / "build" / "screenshots"))

pytestmark = needs("chromium", "chromium-driver")


def shoot(driver: WebDriver, name: str) -> Path:
    """A full-page screenshot under build/screenshots/ (the CI keeps them as artifacts)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    height = driver.execute_script("return document.documentElement.scrollHeight")
    width = driver.get_window_size()["width"]
    driver.set_window_size(width, min(int(height) + 120, 6000))
    driver.save_screenshot(str(path))
    driver.set_window_size(width, 1400)
    return path


def field(driver: WebDriver, path: str) -> WebElement:
    """The input of a field path, by the id the form gives it."""
    return driver.find_element(By.ID, dom_id(path))


def fill(driver: WebDriver, path: str, value: str) -> None:
    element = field(driver, path)
    if element.get_attribute("type") == "date":
        # A date input's typed format follows the browser's locale; its value is always ISO.
        driver.execute_script("arguments[0].value = arguments[1]", element, value)
    else:
        element.clear()
        element.send_keys(value)


def submit(driver: WebDriver) -> None:
    driver.find_element(By.CSS_SELECTOR, "button.submit").click()


def headline(driver: WebDriver, key: str) -> str:
    return driver.find_element(By.CSS_SELECTOR, f'#result dd[data-key="{key}"]').text


def error_at(driver: WebDriver, path: str) -> str:
    return driver.find_element(By.CSS_SELECTOR, f'ul.field-errors[data-field="{path}"]').text


def rows(driver: WebDriver, path: str) -> list[WebElement]:
    """The rows of the list at ``path`` (not those of lists nested in its rows)."""
    pattern = re.compile(re.escape(path) + r"\[\d+\]#row")
    markers = driver.find_elements(By.CSS_SELECTOR, f'input[type=hidden][name^="{path}["]')
    return [m for m in markers if pattern.fullmatch(m.get_attribute("name") or "")]


def test_the_index_lists_every_document(browser: WebDriver, base_url: str) -> None:
    """GET /: the four documents, each with its calculators."""
    browser.get(base_url + "/")
    headings = [h.text for h in browser.find_elements(By.CSS_SELECTOR, "main h2")]
    assert ["钦政办规〔2019〕11号", "政府令第11号", "钦政发〔2019〕17号", "钦市财规〔2019〕3号"] == [
        h.split("　")[0] for h in headings
    ]
    shoot(browser, "index")


# --- roads: 政府令第11号 第二十四条 ---------------------------------------------------------

ROADS = "/form/roads.unpermitted_excavation_fine"


def test_roads_fine_range_for_35_m2(browser: WebDriver, base_url: str) -> None:
    """第二十四条: one point of 35 m² is the 3,000 to 10,000 元 tier, discretionary."""
    browser.get(base_url + ROADS)
    fill(browser, "points[0]", "35")
    fill(browser, "violation_date", "2020-05-01")
    submit(browser)
    assert "3000.00 元 至 10000.00 元" == headline(browser, "range")
    assert "可以处以（裁量）" == headline(browser, "mandatory")
    sections = [h.text for h in browser.find_elements(By.CSS_SELECTOR, "#result h3")]
    assert ["计算过程", "依据"] == [s for s in sections if s in ("计算过程", "依据", "说明")][:2]
    shoot(browser, "roads-result")


def test_roads_negative_area_is_shown_at_its_point(browser: WebDriver, base_url: str) -> None:
    """A negative area: the error stands beside points[0], and the input is marked invalid."""
    browser.get(base_url + ROADS)
    fill(browser, "points[0]", "-5")
    fill(browser, "violation_date", "2020-05-01")
    submit(browser)
    assert error_at(browser, "points[0]")
    assert "true" == field(browser, "points[0]").get_attribute("aria-invalid")
    assert "-5" == field(browser, "points[0]").get_attribute("value")
    shoot(browser, "roads-error")


def test_roads_points_can_be_added_and_removed_from_the_keyboard(browser: WebDriver, base_url: str) -> None:
    """添加一行 and 删除此行 work with Enter; two points of 35 m² are judged together."""
    browser.get(base_url + ROADS)
    fill(browser, "points[0]", "35")
    add = browser.find_element(By.CSS_SELECTOR, 'button[data-add="f-points"]')
    add.send_keys(Keys.ENTER)
    assert 2 == len(rows(browser, "points"))
    assert field(browser, "points[1]") == browser.switch_to.active_element
    browser.switch_to.active_element.send_keys("35")
    add.send_keys(Keys.ENTER)
    assert 3 == len(rows(browser, "points"))
    browser.find_elements(By.CSS_SELECTOR, "#f-points [data-row] button[data-remove]")[2].send_keys(Keys.ENTER)
    assert 2 == len(rows(browser, "points"))
    shoot(browser, "roads-rows")
    fill(browser, "violation_date", "2020-05-01")
    field(browser, "violation_date").send_keys(Keys.ENTER)
    assert 2 == len(browser.find_elements(By.CSS_SELECTOR, "#result table tr")) - 1


# --- education: 钦政办规〔2019〕11号 第六条 ---------------------------------------------------


def test_education_new_build_subsidy(browser: WebDriver, base_url: str) -> None:
    """第六条（一）: 10,000 m² at 120 元/m² is 1,200,000.00 元."""
    browser.get(base_url + "/form/education.new_build_subsidy")
    Select(field(browser, "school.type")).select_by_value("primary")
    fill(browser, "school.classes", "12")
    fill(browser, "school.students", "540")
    field(browser, "school.non_profit").click()
    fill(browser, "new_teaching_area_m2", "10000")
    fill(browser, "as_of", "2020-06-30")
    submit(browser)
    assert "1200000.00 元" == headline(browser, "amount")
    shoot(browser, "education-result")


def test_education_bad_student_count_is_shown_at_its_field(browser: WebDriver, base_url: str) -> None:
    """Students must be a whole number: the error stands beside school.students."""
    browser.get(base_url + "/form/education.new_build_subsidy?example=1")
    fill(browser, "school.students", "五百")
    submit(browser)
    assert error_at(browser, "school.students")
    assert browser.find_element(By.ID, "errors").is_displayed()
    shoot(browser, "education-error")


def test_education_repayments_rows(browser: WebDriver, base_url: str) -> None:
    """Repayments of a loan: a row added is sent, a row removed is not."""
    browser.get(base_url + "/form/education.loan_interest_subsidy?example=1")
    before = len(rows(browser, "loan.repayments"))
    browser.find_element(By.CSS_SELECTOR, 'button[data-add="f-loan-repayments"]').click()
    assert before + 1 == len(rows(browser, "loan.repayments"))
    browser.find_elements(By.CSS_SELECTOR, "#f-loan-repayments [data-row] button[data-remove]")[-1].click()
    assert before == len(rows(browser, "loan.repayments"))
    submit(browser)
    assert headline(browser, "amount").endswith("元")
    shoot(browser, "education-loan")


# --- techinno: 钦政发〔2019〕17号 附件5 ----------------------------------------------------


def test_techinno_contract_registration(browser: WebDriver, base_url: str) -> None:
    """附件5 二（四）: 0.5% of 1,000,001 元 is 5,000.005, half-up 5,000.01 元."""
    browser.get(base_url + "/form/techinno.contract_registration_subsidy")
    fill(browser, "registered_amount", "1000001")
    fill(browser, "as_of", "2020-06-30")
    submit(browser)
    assert "5000.01 元" == headline(browser, "amount")
    shoot(browser, "techinno-result")


def test_techinno_bad_amount_is_shown_at_its_field(browser: WebDriver, base_url: str) -> None:
    """Not a number: the error stands beside registered_amount."""
    browser.get(base_url + "/form/techinno.contract_registration_subsidy")
    fill(browser, "registered_amount", "一百万")
    submit(browser)
    assert error_at(browser, "registered_amount")


def test_techinno_incubatee_rows(browser: WebDriver, base_url: str) -> None:
    """Incubatees: add a row, fill it, remove another; the answer counts the rows sent."""
    browser.get(base_url + "/form/techinno.incubator_subsidy?example=1")
    before = len(rows(browser, "incubatees"))
    browser.find_element(By.CSS_SELECTOR, 'button[data-add="f-incubatees"]').click()
    assert before + 1 == len(rows(browser, "incubatees"))
    browser.find_elements(By.CSS_SELECTOR, "#f-incubatees > [data-rows] > [data-row] > button[data-remove]")[0].click()
    assert before == len(rows(browser, "incubatees"))
    submit(browser)
    assert browser.find_element(By.ID, "result").is_displayed()
    shoot(browser, "techinno-incubatees")


# --- banking: 钦市财规〔2019〕3号 附件 ------------------------------------------------------


def test_banking_deposit_rate_score(browser: WebDriver, base_url: str) -> None:
    """附件: 1.65% on the 1-year benchmark of 1.50% is 10% above it, 6 points."""
    browser.get(base_url + "/form/banking.deposit_rate_score")
    fill(browser, "offered_rate", "1.65")
    Select(field(browser, "term")).select_by_value("1y")
    fill(browser, "as_of", "2019-11-01")
    submit(browser)
    assert "6" == headline(browser, "score").split(".")[0]
    shoot(browser, "banking-result")


def test_banking_unknown_rate_is_shown_at_its_field(browser: WebDriver, base_url: str) -> None:
    """A rate that is not a number: the error stands beside offered_rate."""
    browser.get(base_url + "/form/banking.deposit_rate_score")
    fill(browser, "offered_rate", "abc")
    Select(field(browser, "term")).select_by_value("1y")
    submit(browser)
    assert error_at(browser, "offered_rate")
    shoot(browser, "banking-error")


def test_banking_bank_rows(browser: WebDriver, base_url: str) -> None:
    """Banks to score: a bank row (with its nested groups) added and removed."""
    browser.get(base_url + "/form/banking.score_banks?example=1")
    before = len(rows(browser, "banks"))
    browser.find_element(By.CSS_SELECTOR, 'button[data-add="f-banks"]').click()
    assert before + 1 == len(rows(browser, "banks"))
    assert field(browser, f"banks[{before}].internal_control.extra").is_displayed()
    browser.find_elements(By.CSS_SELECTOR, "#f-banks > [data-rows] > [data-row] > button[data-remove]")[-1].click()
    assert before == len(rows(browser, "banks"))
    submit(browser)
    assert browser.find_elements(By.CSS_SELECTOR, "#result table tr")
    shoot(browser, "banking-ranking")


def test_a_form_fits_a_phone_screen(browser: WebDriver, base_url: str) -> None:
    """At 375 px wide nothing scrolls sideways but the tables."""
    browser.set_window_size(375, 800)
    try:
        browser.get(base_url + "/form/education.loan_interest_subsidy?example=1")
        overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0
        shoot(browser, "phone-form")
    finally:
        browser.set_window_size(1000, 1400)


# --- what a person reads: each error once, ids unique, Chinese heads, choices and messages ------


def test_an_error_on_a_row_is_shown_once_and_every_id_is_unique(browser: WebDriver, base_url: str) -> None:
    """第二十四条: a second point of −5 m² is refused once, under that point; rows added by the
    script keep every id of the live page unique."""
    browser.get(base_url + ROADS)
    fill(browser, "points[0]", "35")
    browser.find_element(By.CSS_SELECTOR, 'button[data-add="f-points"]').click()
    fill(browser, "points[1]", "-5")
    fill(browser, "violation_date", "2020-05-01")
    submit(browser)
    assert 1 == len(browser.find_elements(By.CSS_SELECTOR, '[data-field="points[1]"]'))
    browser.find_element(By.CSS_SELECTOR, 'button[data-add="f-points"]').click()
    ids = browser.execute_script("return Array.from(document.querySelectorAll('[id]'), e => e.id)")
    assert len(ids) == len(set(ids))
    shoot(browser, "roads-row-error-once")


def test_the_breakdown_is_headed_in_chinese(browser: WebDriver, base_url: str) -> None:
    """One point of 35 m²: 第二十四条（二）, 3,000 to 10,000 元, under Chinese heads."""
    browser.get(base_url + ROADS)
    fill(browser, "points[0]", "35")
    fill(browser, "violation_date", "2020-05-01")
    submit(browser)
    heads = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "#result table th")]
    assert ["挖掘点（处）", "面积（m²）", "所在项", "罚款下限（元）", "罚款上限（元）"] == heads
    cells = [td.text for td in browser.find_elements(By.CSS_SELECTOR, "#result table td")]
    assert ["1", "35", "（二）", "3000.00", "10000.00"] == cells


def test_jurisdiction_is_chosen_by_its_chinese_name(browser: WebDriver, base_url: str) -> None:
    """管辖 offers 市本级管辖 and 县区管辖, as 学校类型 offers 小学; a checkbox's help says 为“是”."""
    browser.get(base_url + "/form/education.new_build_subsidy")
    jurisdiction = Select(field(browser, "school.jurisdiction"))
    assert ["市本级管辖（city）", "县区管辖（county）"] == [
        o.text for o in jurisdiction.options if o.get_attribute("value")
    ]
    assert "小学（primary）" in [o.text for o in Select(field(browser, "school.type")).options]
    help_text = browser.find_element(By.ID, "h-" + dom_id("school.non_profit")).text
    assert "为“是”" in help_text
    assert "true" not in help_text
    shoot(browser, "education-choices")


def test_the_date_error_asks_for_the_dates_by_their_labels(browser: WebDriver, base_url: str) -> None:
    """附件5 is in force 2019–2021: decided in 2030 with no other date, the person is asked for
    认定登记日期 or 适用日期, the labels they see, not for as_of."""
    browser.get(base_url + "/form/techinno.contract_registration_subsidy")
    fill(browser, "registered_amount", "1000001")
    fill(browser, "decision_date", "2030-01-01")
    submit(browser)
    message = error_at(browser, "decision_date")
    assert "请给出认定登记日期或适用日期" in message
    assert "as_of" not in browser.find_element(By.ID, "errors").text
    labels = [label.text for label in browser.find_elements(By.CSS_SELECTOR, "form label")]
    assert "认定登记日期" in labels
    assert "适用日期" in labels
    shoot(browser, "techinno-date-error")
