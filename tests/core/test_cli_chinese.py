"""The command line speaks Chinese by default: help, usage errors, JSON errors; English with
``--lang en`` anywhere on the line; errors as text with ``--format text``; the codes HTTP gives."""

import argparse
import json
import subprocess
import sys

import pytest

from qinzhou_calc import _cli_text
from qinzhou_calc._core import CODES
from qinzhou_calc.cli import _parser, main

NAME = "techinno.contract_registration_subsidy"


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as exited:
        main(list(argv))
    assert 0 == exited.value.code
    return capsys.readouterr().out


def _usage_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as exited:
        main(list(argv))
    assert 2 == exited.value.code
    return capsys.readouterr().err


def test_help_is_chinese_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    out = _help(capsys, "--help")
    assert out.startswith("用法：qinzhou-calc")
    assert "钦州市2019年四份规范性文件的计算器" in out
    assert "显示此帮助并退出" in out
    assert "用 JSON 载荷运行一个计算器" in out
    assert "usage" not in out
    assert "show this help" not in out


@pytest.mark.parametrize(
    "argv",
    [
        ("--lang", "en", "parameters", "--help"),
        ("parameters", "--lang", "en", "--help"),
        ("parameters", "--help", "--lang", "en"),
        ("run", "--help", "--lang=en"),
        ("verify", "--lang", "en", "--help"),
    ],
)
def test_help_is_english_with_lang_en_anywhere_on_the_line(
    argv: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    out = _help(capsys, *argv)
    assert out.startswith("usage: qinzhou-calc")
    assert "show this help message and exit" in out
    assert "用法" not in out


def test_parameters_takes_lang_after_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    """``parameters --lang en`` is accepted (it used to be refused after the command)."""
    assert 0 == main(["parameters", "--document", "roads", "--lang", "en"])
    assert capsys.readouterr().out.startswith("roads.")


def test_a_usage_error_is_chinese_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    err = _usage_error(capsys, "run", NAME)
    assert err.startswith("用法：qinzhou-calc run")
    assert err.endswith("qinzhou-calc run：错误：须给出以下参数之一：--json --input\n")


def test_a_usage_error_is_english_with_lang_en_at_the_end(capsys: pytest.CaptureFixture[str]) -> None:
    err = _usage_error(capsys, "run", NAME, "--lang", "en")
    assert err.endswith("qinzhou-calc run: error: one of the arguments --json --input is required\n")


def test_an_unknown_argument_is_named_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    err = _usage_error(capsys, "list", "--jsn")
    assert err.endswith("qinzhou-calc：错误：无法识别的参数：--jsn\n")


@pytest.mark.parametrize(
    ("argv", "zh", "en"),
    [
        (("lst",), "；是否想写 'list'？", "; did you mean 'list'?"),
        (("run", NAME, "--json", "{}", "--format", "txt"), "；是否想写 'text'？", "; did you mean 'text'?"),
    ],
)
def test_an_invalid_choice_says_which_was_meant(
    argv: tuple[str, ...], zh: str, en: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _usage_error(capsys, *argv).endswith(f"{zh}\n")
    assert _usage_error(capsys, *argv, "--lang", "en").endswith(f"{en}\n")


def test_the_argparse_hook_is_put_back_after_the_line_is_read() -> None:
    before = argparse._  # type: ignore[attr-defined]
    main(["list"])
    assert before is argparse._  # type: ignore[attr-defined]
    assert "usage: " == argparse._("usage: ")  # type: ignore[attr-defined]


def _actions(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    found = []
    for action in parser._actions:
        found.append(action)
        if isinstance(action, argparse._SubParsersAction):
            found += action._choices_actions
            for sub in action.choices.values():
                found += _actions(sub)
    return found


def test_every_help_text_of_the_command_line_has_its_chinese() -> None:
    """An option added without its Chinese would show English to a Chinese reader."""
    helps = {action.help for action in _actions(_parser()) if action.help and action.help != argparse.SUPPRESS}
    assert set() == helps - set(_cli_text.ZH)


def test_a_json_syntax_error_is_told_in_chinese_with_its_line_and_column(capsys: pytest.CaptureFixture[str]) -> None:
    """The code is invalid_json, as over HTTP; no English from Python's json module."""
    assert 2 == main(["run", NAME, "--json", '{\n  "registered_amount" 1000000\n}'])
    errors = json.loads(capsys.readouterr().err)["error"]["errors"]
    assert [
        {"field": "$", "code": "invalid_json", "message": "不是有效的 JSON：第 2 行第 23 列：键后缺少冒号 ':'"}
    ] == errors


@pytest.mark.parametrize(
    ("text", "zh"),
    [
        ("{registered_amount: 1}", "第 1 行第 2 列：缺少用双引号括起的键名"),
        ("", "第 1 行第 1 列：此处应有一个值"),
        ('{"registered_amount": 1} x', "第 1 行第 26 列：一个值结束后还有多余内容"),
        ('{"a": "b', "第 1 行第 7 列：字符串没有结束引号"),
        ('{"registered_amount": NaN}', "NaN 不是数"),
    ],
)
def test_each_kind_of_json_error_has_its_chinese(text: str, zh: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert 2 == main(["run", NAME, "--json", text])
    message = json.loads(capsys.readouterr().err)["error"]["errors"][0]["message"]
    assert f"不是有效的 JSON：{zh}" == message


def test_a_json_syntax_error_is_english_with_lang_en(capsys: pytest.CaptureFixture[str]) -> None:
    assert 2 == main(["run", NAME, "--json", "{registered_amount: 1}", "--lang", "en"])
    message = json.loads(capsys.readouterr().err)["error"]["errors"][0]["message"]
    assert "not valid JSON: line 1 column 2: a key in double quotes was expected" == message


def test_format_text_writes_the_error_as_text(capsys: pytest.CaptureFixture[str]) -> None:
    payload = '{"registered_amout": "1000000", "as_of": "2020-06-30"}'
    assert 2 == main(["run", NAME, "--json", payload, "--format", "text"])
    assert capsys.readouterr().err == (
        "qinzhou-calc：输入有误\n"
        "  - registered_amount：技术合同认定登记额（元） 为必填项（missing）\n"
        "  - registered_amout：'registered_amout' 不是此计算器的字段；是否想写 'registered_amount'？（unknown_field）\n"
    )


def test_format_text_writes_the_error_as_english_text_with_lang_en(capsys: pytest.CaptureFixture[str]) -> None:
    assert 2 == main(["run", "contract_registration_subsidy", "--json", "{}", "--format", "text", "--lang", "en"])
    assert capsys.readouterr().err == (
        "qinzhou-calc: bad input\n"
        "  - no calculator named 'contract_registration_subsidy'; "
        "did you mean 'techinno.contract_registration_subsidy'? (unknown_calculator)\n"
    )


def test_demo_of_an_unknown_calculator_is_text_like_its_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert 2 == main(["demo", "roads.deadlin"])
    assert capsys.readouterr().err.startswith("qinzhou-calc：输入有误\n  - 没有名为 'roads.deadlin' 的计算器")


def test_an_unknown_calculator_without_its_document_is_found(capsys: pytest.CaptureFixture[str]) -> None:
    assert 2 == main(["run", "contract_registration_subsidy", "--json", "{}"])
    [problem] = json.loads(capsys.readouterr().err)["error"]["errors"]
    assert "unknown_calculator" == problem["code"]
    assert problem["message"].endswith("；是否想写 'techinno.contract_registration_subsidy'？")


def test_every_code_the_command_line_gives_is_in_the_closed_set(capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        ["run", NAME, "--json", "not json"],
        ["run", NAME, "--json", "[" * 10_000],
        ["run", NAME, "--input", "/no/such/file"],
        ["run", NAME, "--json", "{}", "--override", "nonsense"],
        ["run", "nope", "--json", "{}"],
        ["schema", "nope"],
    ]
    codes = set()
    for argv in lines:
        assert 2 == main(argv)
        codes |= {e["code"] for e in json.loads(capsys.readouterr().err)["error"]["errors"]}
    assert {"invalid_json", "out_of_range", "type", "invalid_override", "unknown_calculator"} == codes
    assert codes <= CODES


def test_a_closed_standard_input_is_a_clear_chinese_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    assert 2 == main(["run", NAME, "--input", "-"])
    [problem] = json.loads(capsys.readouterr().err)["error"]["errors"]
    assert {"field": "--input", "code": "type", "message": "无法读取输入文件 '-'：标准输入已关闭"} == problem


def test_a_closed_standard_input_prints_no_traceback() -> None:
    """``qinzhou-calc run NAME --input - <&-``: the process starts with descriptor 0 closed."""
    done = subprocess.run(
        ["sh", "-c", f'exec "$0" -m qinzhou_calc run {NAME} --input - <&-', sys.executable],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert 2 == done.returncode
    assert "Traceback" not in done.stderr
    assert "AttributeError" not in done.stderr
    assert "标准输入已关闭" in done.stderr
