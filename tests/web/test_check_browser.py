"""The profile-check form (政策体检) in a real browser: headless Chromium from the system packages,
driven by Selenium, as the calculators' forms are (tests/web/test_browser.py)."""

from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.select import Select

from qinzhou_calc.web._form import dom_id

from ..system_packages import needs
from .test_browser import shoot

pytestmark = needs("chromium", "chromium-driver")


def by_path(driver: WebDriver, path: str) -> WebElement:
    return driver.find_element(By.ID, dom_id(path))


def test_a_kindergarten_checked_in_the_browser_gets_a_status_per_rule_and_its_missing_facts(
    browser: WebDriver, base_url: str
) -> None:
    """A kindergarten of 12 classes and 360 children claiming on 2021-06-01: 第二条 met, 100 元 ×
    360 = 36000.00 元 (第六条（三）); the loan said not to apply; the rest wait for facts."""
    browser.get(base_url + "/check/school")
    by_path(browser, "school#on").click()
    Select(by_path(browser, "school.type")).select_by_value("kindergarten")
    by_path(browser, "school.classes").send_keys("12")
    by_path(browser, "school.students").send_keys("360")
    by_path(browser, "school.non_profit").click()
    browser.execute_script("arguments[0].value = '2021-06-01'", by_path(browser, "claim_date"))
    browser.find_element(By.CSS_SELECTOR, 'input[name="education.loan_interest_subsidy#none"]').click()
    browser.find_element(By.CSS_SELECTOR, "button.submit").click()
    rows = browser.find_elements(By.CSS_SELECTOR, "#report-table tr[data-status]")
    assert 8 == len(rows)
    statuses = [row.get_attribute("data-status") for row in rows]
    assert ["eligible", "undetermined"] == statuses[:2]
    assert "not_applicable" == statuses[-1]
    assert "36000.00 元" in rows[5].text
    missing = browser.find_elements(By.CSS_SELECTOR, "#missing a")
    assert "新建成教学建筑面积（m²）" == missing[0].text
    assert (missing[0].get_attribute("href") or "").endswith("#f-new_teaching_area_m2")
    assert by_path(browser, "school.type").get_attribute("value") == "kindergarten"
    shoot(browser, "check-school")


def test_an_excavation_projects_form_lists_its_deadlines_in_date_order(browser: WebDriver, base_url: str) -> None:
    """第二十条: the repair finished on Tue 2025-05-20, the application is due three working days on,
    2025-05-23; 第二十一条: the warranty of a repair accepted on 2025-05-30 ends on 2026-05-30."""
    browser.get(base_url + "/check/excavation")
    for path, day in (("repair_finished_on", "2025-05-20"), ("accepted_on", "2025-05-30")):
        browser.execute_script("arguments[0].value = arguments[1]", by_path(browser, path), day)
    browser.find_element(By.CSS_SELECTOR, "button.submit").click()
    dated = [row.text for row in browser.find_elements(By.CSS_SELECTOR, '#report-table tr[data-status="eligible"]')]
    assert any("2025-05-23" in text for text in dated)
    assert dated.index(next(t for t in dated if "2025-05-23" in t)) < dated.index(
        next(t for t in dated if "2026-05-30" in t)
    )
    shoot(browser, "check-excavation")
