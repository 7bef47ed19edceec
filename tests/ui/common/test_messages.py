"""The one error vocabulary: every code a service can refuse a value with has a sentence in both
languages, and no English reaches a Chinese message."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from custdesk.errors import DuplicateError, FieldProblem, ValidationError
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.merge import MergeService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database
from custdesk.ui.common.messages import field_problem_text, user_message

# Two Latin letters in a row: an English word left in a Chinese sentence. (Digits, punctuation
# and an example phone number are fine.)
_ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")
_CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize("code", list(FieldProblem))
def test_every_field_problem_has_an_english_sentence(
    qapp: QApplication, code: FieldProblem
) -> None:
    text = field_problem_text(code)
    assert text != code.value
    assert text.endswith(".")
    assert not _CHINESE.search(text)


@pytest.mark.parametrize("code", list(FieldProblem))
def test_every_field_problem_has_a_chinese_sentence(chinese: None, code: FieldProblem) -> None:
    text = field_problem_text(code)
    assert _CHINESE.search(text), text
    assert not _ENGLISH_WORD.search(text), text


def test_a_form_error_lists_each_sentence_once_in_chinese(chinese: None) -> None:
    exc = ValidationError.for_fields(
        {"phones.0": FieldProblem.INVALID_PHONE, "phones.1": FieldProblem.INVALID_PHONE}
    )
    message = user_message(exc)
    assert message.title == "请检查输入"
    assert message.text == "这不是有效的电话号码（例如 138 0013 8000）。"


def test_a_taken_phone_names_its_holder_in_chinese(chinese: None, db: Database) -> None:
    customers = CustomerService(db, stage_rules=stage_rules_in)
    customers.create(CustomerDraft(name="王小明", phones=("13800138000",)))
    with pytest.raises(DuplicateError) as caught:
        customers.create(CustomerDraft(name="王晓明", phones=("138 0013 8000",)))
    message = user_message(caught.value)
    assert message.text == "这个电话号码已经在 王小明 的档案里了。"
    assert not _ENGLISH_WORD.search(message.title + message.text)


@pytest.mark.parametrize("same", [True, False], ids=["itself", "one in the Trash"])
def test_a_refused_merge_is_told_in_chinese(chinese: None, db: Database, same: bool) -> None:
    customers = CustomerService(db, stage_rules=stage_rules_in)
    keep = customers.create(CustomerDraft(name="张三")).id
    other = customers.create(CustomerDraft(name="张三 (旧)")).id
    if not same:
        customers.trash(other)
    with pytest.raises(ValidationError) as caught:
        MergeService(db, stage_rules=stage_rules_in).merge(keep, keep if same else other)
    expected = (
        "不能把一份客户档案与它自己合并。" if same else "那份档案在回收站里。请先恢复，再合并。"
    )
    assert user_message(caught.value).text == expected


def test_a_validation_error_without_fields_is_still_chinese(chinese: None) -> None:
    message = user_message(ValidationError("Some English detail for the log."))
    assert not _ENGLISH_WORD.search(message.text)
