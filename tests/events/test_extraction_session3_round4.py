"""Session 3, round 4 date rule of events/extraction.py: an undated event of the lead
paragraph takes the day of the dated event told nearest before it (finish() with lead_day),
in its own sentence only from a chained clause; after the lead, or after a month, a plan or a
background act, it stays undated.

The sentences are the project's own.
"""

from __future__ import annotations

import pytest

from storyline.events.extraction import finish, lead_day
from storyline.models import Event, EventMention, Participant

SENTENCE = "両国は19日、捕虜を交換し、国防省は仲介国に謝意を示した。"
OTHER_LEAD = "首相は20日、被災地を視察した。"


def _event(
    body: str,
    trigger: str,
    *,
    type_: str,
    actor: str,
    date: str | None = None,
    status: str = "occurred",
    background: bool = False,
    sentence: str = SENTENCE,
) -> Event:
    """An event of ``sentence`` (at its last place in ``body``) with the trigger ``trigger``."""
    start = body.rindex(sentence)
    at = start + sentence.index(trigger)
    mention = EventMention(
        article_id="art", sentence_index=0, sentence=sentence, start=start,
        end=start + len(sentence), trigger_start=at, trigger_end=at + len(trigger),
        date_text="19日" if date else None, background=background,
    )  # fmt: skip
    return Event(
        id="", article_id="art", type=type_, trigger=trigger, status=status,  # type: ignore[arg-type]
        mention=mention, date=date,
        actors=(Participant(entity=actor, name=actor, surface=actor),),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("first_date", "status", "background", "expected"),
    [
        ("2025-03-19", "occurred", False, "2025-03-19"),  # one lead sentence, one day's news
        ("--03-19", "occurred", False, "--03-19"),  # a day without its year is a day
        ("2025-03", "occurred", False, None),  # a month dates no act of a day
        ("2025-03-19", "planned", False, None),  # a plan's day is not the day of what was done
        ("2025-03-19", "occurred", True, None),  # history retold gives no day
        (None, "occurred", False, None),  # nothing dated before it
    ],
)
def test_the_lead_sentences_day_carries_to_its_chained_event(
    first_date: str | None, status: str, background: bool, expected: str | None
) -> None:
    body = SENTENCE + "\n\n" + "両国はまた、協議を続ける。"
    first = _event(body, "交換", type_="RETREAT", actor="both", date=first_date,
                   status=status, background=background)  # fmt: skip
    later = _event(body, "謝意", type_="SUPPORT", actor="mod")
    out = finish([first, later], "2025-03-20", lead_end=body.index("\n\n"))
    assert out[1].date == expected


def test_only_in_the_lead_paragraph() -> None:
    # The same sentence after the lead paragraph may chain history onto the news.
    body = OTHER_LEAD + "\n\n" + SENTENCE
    lead = _event(body, "視察", type_="OTHER", actor="pm", date="2025-03-20",
                  sentence=OTHER_LEAD)  # fmt: skip
    first = _event(body, "交換", type_="RETREAT", actor="both", date="2025-03-19")
    later = _event(body, "謝意", type_="SUPPORT", actor="mod")
    out = finish([lead, first, later], "2025-03-21", lead_end=body.index("\n\n"))
    assert out[2].date is None


@pytest.mark.parametrize(
    ("first_date", "expected"),
    [
        ("2025-02-23", "2025-02-23"),  # an earlier sentence of the lead tells the same day
        ("2025-02", None),  # a month is no day
    ],
)
def test_an_earlier_lead_sentence_gives_its_day(first_date: str, expected: str | None) -> None:
    lead = "同国で23日、総選挙が行われた。"
    second = "野党は議席を倍に伸ばし、第2党に躍進した。"
    body = lead + second + "\n\n" + "首相は敗北を認めた。"
    first = _event(body, "総選挙", type_="OTHER", actor="voters", date=first_date,
                   sentence=lead)  # fmt: skip
    later = _event(body, "躍進", type_="OTHER", actor="opposition", sentence=second)
    found = lead_day([first], later)
    assert (found.date if found else None) == expected
    assert finish([first, later], "2025-02-24", lead_end=body.index("\n\n"))[1].date == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("両国は19日、捕虜を交換し、国防省は仲介国に謝意を示した。", "2025-03-19"),
        ("両国は19日、捕虜を交換して、国防省は仲介国に謝意を示した。", "2025-03-19"),
        # a dated clause that only describes a noun tells no act of the sentence's day
        ("両国が19日に交換する捕虜について、国防省は仲介国に謝意を示した。", None),
    ],
)
def test_only_a_chained_clause_gives_its_day(sentence: str, expected: str | None) -> None:
    body = sentence + "\n\n" + "両国はまた、協議を続ける。"
    first = _event(body, "交換", type_="RETREAT", actor="both", date="2025-03-19",
                   sentence=sentence)  # fmt: skip
    later = _event(body, "謝意", type_="SUPPORT", actor="mod", sentence=sentence)
    assert finish([first, later], "2025-03-20", lead_end=body.index("\n\n"))[1].date == expected
