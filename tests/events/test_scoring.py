"""The event scorer (storyline/evaluation_events.py), checked with fake predictors so that it is
right before (and independently of) the events stage. Texts here are written for these tests."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from storyline.config import Settings
from storyline.errors import ConfigError, InputError
from storyline.evaluation_events import (
    evaluate_events,
    field_results,
    load_event_gold,
    participants_match,
)
from storyline.models import Event, EventMention, Participant

# Two short articles of our own. Sentences end with 。 and are found by position below.
BODY_A = (
    "米国のトランプ大統領は18日、ロシアのプーチン大統領と電話で会談した。"
    "両首脳は捕虜の交換で一致した。"
    "両首脳は2月12日にも電話で話している。"
    "💡 会談のまとめ。"
)
BODY_B = "ドジャースは19日、東京ドームでカブスに6－3で勝った。大谷翔平選手が本塁打を放った。"
BODIES = {"a.txt": BODY_A, "b.txt": BODY_B}


def gold_row(
    article: str, sentence: str, type_: str, participants: list[str], **kw: Any
) -> dict[str, Any]:
    row: dict[str, Any] = {
        "article": article,
        "sentence": sentence,
        "type": type_,
        "mode": None,
        "trigger": "",
        "participants": participants,
        "actors": participants,
        "recipients": [],
        "date": None,
        "status": "occurred",
        "claimed_by": None,
        "place": None,
        "background": False,
    }
    row.update(kw)
    return row


GOLD = [
    gold_row(
        "a.txt",
        "電話で会談した",
        "CONSULT",
        ["donald_trump", "vladimir_putin"],
        date="2025-03-18",
        mode="phone",
    ),
    gold_row(
        "a.txt", "捕虜の交換で一致", "AGREE", ["donald_trump", "vladimir_putin"], date="2025-03-18"
    ),
    gold_row(
        "a.txt",
        "2月12日にも電話",
        "CONSULT",
        ["donald_trump", "vladimir_putin"],
        date="2025-02-12",
        background=True,
    ),
    {"article": "a.txt", "ignore": "💡 会談のまとめ"},
    gold_row(
        "b.txt",
        "カブスに6－3で勝った",
        "OTHER",
        ["provisional:ドジャース", "provisional:カブス"],
        date="2025-03-19",
        place="東京ドーム",
    ),
    gold_row("b.txt", "本塁打を放った", "OTHER", ["provisional:大谷翔平"], date="2025-03-19"),
]


def person(entity: str, name: str | None = None, surface: str | None = None) -> Participant:
    return Participant(entity=entity, name=name or entity, surface=surface or name or entity)


def sentence_of(body: str, needle: str) -> tuple[int, int]:
    """The span of the 。-sentence of ``body`` that contains ``needle``."""
    at = body.index(needle)
    start = body.rfind("。", 0, at) + 1
    end = body.find("。", at) + 1
    return start, end


def event(
    article: str,
    needle: str,
    type_: str,
    participants: Sequence[Participant],
    *,
    date: str | None = None,
    status: str = "occurred",
    place: str | None = None,
    mode: str | None = None,
    background: bool = False,
    claimed_by: str | None = None,
    claimed_by_entity: str | None = None,
    sentence: str | None = None,
) -> Event:
    body = BODIES[article]
    start, end = sentence_of(body, needle)
    mention = EventMention(
        article_id=article,
        sentence_index=0,
        sentence=body[start:end] if sentence is None else sentence,
        start=start,
        end=end,
        trigger_start=start,
        trigger_end=start + 1,
        claimed_by=claimed_by,
        claimed_by_entity=claimed_by_entity,
        background=background,
    )
    return Event(
        id=f"{article}-e1",
        article_id=article,
        type=type_,
        trigger="x",
        status=status,  # type: ignore[arg-type]
        mention=mention,
        mode=mode,
        actors=tuple(participants),
        place=place,
        date=date,
    )


TRUMP, PUTIN = person("donald_trump"), person("vladimir_putin")
LAD = person("provisional:ドジャース", "ドジャース")
CHC = person("provisional:カブス", "カブス")
OHTANI = person("provisional:大谷", "大谷", "大谷翔平選手")


def perfect() -> dict[str, list[Event]]:
    return {
        "a.txt": [
            event(
                "a.txt",
                "電話で会談した",
                "CONSULT",
                [TRUMP, PUTIN],
                date="2025-03-18",
                mode="phone",
            ),
            event("a.txt", "捕虜の交換で一致", "AGREE", [PUTIN, TRUMP], date="2025-03-18"),
            event(
                "a.txt",
                "2月12日にも電話",
                "CONSULT",
                [TRUMP, PUTIN],
                date="2025-02-12",
                background=True,
            ),
        ],
        "b.txt": [
            event(
                "b.txt", "カブスに6－3", "OTHER", [LAD, CHC], date="2025-03-19", place="東京ドーム"
            ),
            event("b.txt", "本塁打を放った", "OTHER", [OHTANI], date="2025-03-19"),
        ],
    }


def run(
    predictions: dict[str, list[Event]], gold: Sequence[dict[str, Any]] = GOLD
) -> dict[str, Any]:
    def predict(path: Path) -> tuple[Sequence[Event], str]:
        return predictions.get(path.name, []), BODIES[path.name]

    return evaluate_events(gold, root=Path("."), settings=Settings(), predict=predict).to_json(
        details=True
    )


# --------------------------------------------------------------------------- whole runs


def test_perfect_predictions_score_one() -> None:
    out = run(perfect())
    assert (out["precision"], out["recall"], out["f1"]) == (1.0, 1.0, 1.0)
    assert all(v == 1.0 for v in out["fields"].values()), out["fields"]
    assert out["counts"]["gold"] == 5 and out["counts"]["predicted"] == 5


def test_no_predictions_score_zero() -> None:
    out = run({})
    assert (out["precision"], out["recall"], out["typed_recall"]) == (0.0, 0.0, 0.0)
    assert len(out["missed"]) == 5


def test_wrong_date_is_located_and_typed_but_not_a_full_match() -> None:
    preds = perfect()
    preds["a.txt"][1] = event(
        "a.txt", "捕虜の交換で一致", "AGREE", [TRUMP, PUTIN], date="2025-03-19"
    )
    out = run(preds)
    assert out["recall"] == pytest.approx(4 / 5, abs=1e-4)
    assert out["typed_recall"] == 1.0
    assert out["fields"]["date"] == pytest.approx(4 / 5, abs=1e-4)
    assert out["wrong"][0]["wrong"] == ["date"]


def test_wrong_type_counts_against_type_accuracy_only_over_located_pairs() -> None:
    preds = perfect()
    preds["a.txt"][1] = event(
        "a.txt", "捕虜の交換で一致", "RETREAT", [TRUMP, PUTIN], date="2025-03-18"
    )
    out = run(preds)
    assert out["fields"]["type"] == pytest.approx(4 / 5, abs=1e-4)
    assert out["counts"]["same_type_pairs"] == 4
    assert out["typed_precision"] == pytest.approx(4 / 5, abs=1e-4)
    assert out["precision"] == pytest.approx(4 / 5, abs=1e-4)


def test_spurious_event_lowers_precision_and_ignored_one_does_not() -> None:
    preds = perfect()
    preds["a.txt"].append(event("a.txt", "💡 会談のまとめ", "CONSULT", [TRUMP]))
    out = run(preds)
    assert out["precision"] == 1.0 and out["counts"]["ignored"] == 1
    no_ignore = [r for r in GOLD if "ignore" not in r]
    out = run(preds, no_ignore)
    assert out["precision"] == pytest.approx(5 / 6, abs=1e-4)
    assert out["spurious"][0]["article"] == "a.txt"


def test_repeated_mentions_of_one_gold_event_are_all_right_and_recalled_once() -> None:
    preds = perfect()
    preds["b.txt"].append(event("b.txt", "本塁打を放った", "OTHER", [OHTANI], date="2025-03-19"))
    out = run(preds)
    assert out["precision"] == 1.0 and out["recall"] == 1.0
    assert out["counts"]["predicted"] == 6 and out["counts"]["full_match_gold"] == 5


def test_prediction_pairs_with_the_best_gold_in_its_sentence() -> None:
    # Two gold calls stated in one sentence with different dates: the 2025-02-12 prediction
    # must be paired with the 2025-02-12 row, not the first row of that sentence.
    gold = [
        gold_row(
            "a.txt",
            "電話で会談した",
            "CONSULT",
            ["donald_trump", "vladimir_putin"],
            date="2025-03-18",
        ),
        gold_row(
            "a.txt",
            "電話で会談した",
            "CONSULT",
            ["donald_trump", "vladimir_putin"],
            date="2025-02-12",
        ),
    ]
    preds = {
        "a.txt": [event("a.txt", "電話で会談した", "CONSULT", [TRUMP, PUTIN], date="2025-02-12")]
    }
    out = run(preds, gold)
    assert out["precision"] == 1.0 and out["recall"] == 0.5


def test_location_by_span_overlap_when_the_sentence_text_differs() -> None:
    preds = {
        "b.txt": [
            event(
                "b.txt",
                "本塁打を放った",
                "OTHER",
                [OHTANI],
                date="2025-03-19",
                sentence="(normalised copy)",
            )
        ]
    }
    out = run(preds, [GOLD[5]])
    assert out["recall"] == 1.0


def test_location_through_also_substrings() -> None:
    row = gold_row(
        "a.txt",
        "電話で会談した",
        "CONSULT",
        ["donald_trump", "vladimir_putin"],
        also=["2月12日にも電話"],
    )
    preds = {"a.txt": [event("a.txt", "2月12日にも電話", "CONSULT", [TRUMP, PUTIN])]}
    assert run(preds, [row])["recall"] == 1.0


def test_type_alternatives_are_accepted() -> None:
    row = gold_row(
        "a.txt", "捕虜の交換で一致", "OTHER", ["donald_trump", "vladimir_putin"], type_alt=["AGREE"]
    )
    preds = {"a.txt": [event("a.txt", "捕虜の交換で一致", "AGREE", [TRUMP, PUTIN])]}
    assert run(preds, [row])["recall"] == 1.0


def test_rejected_article_is_a_failure_and_its_gold_is_missed() -> None:
    def predict(path: Path) -> tuple[Sequence[Event], str]:
        if path.name == "b.txt":
            raise InputError("no_article", "nothing there")
        return perfect()["a.txt"], BODY_A

    scores = evaluate_events(GOLD, root=Path("."), settings=Settings(), predict=predict)
    out = scores.to_json()
    assert out["failures"] == [{"article": "b.txt", "rejected": "no_article: nothing there"}]
    assert out["recall"] == pytest.approx(3 / 5, abs=1e-4) and out["precision"] == 1.0
    assert "missed" not in out  # details only on request
    json.dumps(out, ensure_ascii=False)  # the report is plain JSON


def test_table_lists_headline_then_fields() -> None:
    def predict(path: Path) -> tuple[Sequence[Event], str]:
        return perfect().get(path.name, []), BODIES[path.name]

    table = evaluate_events(GOLD, root=Path("."), settings=Settings(), predict=predict).table()
    names = [name for name, _ in table]
    assert names[:2] == ["precision", "recall"] and "field date" in names
    assert all(value == 1.0 for _, value in table)


def test_recall_by_type_counts() -> None:
    out = run(perfect())
    assert out["recall_by_type"]["CONSULT"] == {"gold": 2, "found": 2}
    assert out["recall_by_type"]["OTHER"] == {"gold": 2, "found": 2}
    assert out["recall_by_folder"] == {"": {"gold": 5, "found": 5}}


# --------------------------------------------------------------------------- fields


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        (["donald_trump", "vladimir_putin"], [TRUMP, PUTIN], True),
        (["vladimir_putin", "donald_trump"], [TRUMP, PUTIN], True),
        (["donald_trump"], [TRUMP, PUTIN], False),  # an extra participant is wrong
        (["donald_trump", "vladimir_putin"], [TRUMP], False),  # a missing one too
        (["white_house|united_states"], [person("united_states")], True),  # alternatives
        (["provisional:大谷翔平"], [OHTANI], True),  # name containment
        (
            ["provisional:ドジャース"],
            [person("provisional:ロサンゼルス・ドジャース", "ロサンゼルス・ドジャース")],
            True,
        ),
        (
            ["provisional:三菱自動車"],
            [person("mitsubishi_motors", "Mitsubishi Motors", "三菱自動車")],
            True,
        ),  # later KB entry
        (
            ["provisional:対米外国投資委員会"],
            [person("cfius", "CFIUS", "同委員会")],
            True,
        ),  # a later KB entry met through its aliases, referred to as 同委員会
        (
            ["provisional:対米外国投資委員会"],
            [person("boeing", "Boeing", "同社")],
            False,
        ),  # another entity's aliases don't meet the name
        (
            ["donald_trump"],
            [person("provisional:トランプ", "トランプ")],
            False,
        ),  # a KB key must be linked
        (
            ["provisional:大谷翔平"],
            [person("provisional:大", "大")],
            False,
        ),  # one character is too little
        ([], [], True),
    ],
)
def test_participants_match(gold: list[str], predicted: list[Participant], expected: bool) -> None:
    assert participants_match(gold, predicted) is expected


@pytest.mark.parametrize(
    ("gold", "kwargs", "expected"),
    [
        ({"claimed_by": None}, {}, True),
        ({"claimed_by": None}, {"claimed_by": "Kremlin", "claimed_by_entity": "kremlin"}, False),
        (
            {"claimed_by": "kremlin"},
            {"claimed_by": "Kremlin", "claimed_by_entity": "kremlin"},
            True,
        ),
        ({"claimed_by": "関係者"}, {"claimed_by": "事情に詳しい関係者"}, True),
        (
            {"claimed_by": "marco_rubio|mike_waltz"},
            {"claimed_by": "Mike Waltz", "claimed_by_entity": "mike_waltz"},
            True,
        ),
        (
            {"claimed_by": "dmitry_peskov"},
            {"claimed_by": "Sergey Lavrov", "claimed_by_entity": "sergey_lavrov"},
            False,
        ),
    ],
)
def test_claimed_by(gold: dict[str, Any], kwargs: dict[str, Any], expected: bool) -> None:
    row = gold_row("a.txt", "電話で会談した", "CONSULT", ["donald_trump"], **gold)
    ev = event("a.txt", "電話で会談した", "CONSULT", [TRUMP], **kwargs)
    assert field_results(row, ev)["claimed_by"] is expected


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        (None, None, True),
        (None, "リヤド", False),
        ("リヤド", None, False),
        ("リヤド", "サウジアラビアの首都リヤド", True),
        ("大船渡市赤崎町|赤崎町", "赤崎町", True),
        ("リヤド", "ジッダ", False),
    ],
)
def test_place(gold: str | None, predicted: str | None, expected: bool) -> None:
    row = gold_row("a.txt", "電話で会談した", "CONSULT", ["donald_trump"], place=gold)
    ev = event("a.txt", "電話で会談した", "CONSULT", [TRUMP], place=predicted)
    assert field_results(row, ev)["place"] is expected


# --------------------------------------------------------------------------- loading


def test_load_reads_files_and_folders(tmp_path: Path) -> None:
    (tmp_path / "x.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in GOLD) + "\n\n", encoding="utf-8"
    )
    assert load_event_gold([tmp_path]) == GOLD
    assert load_event_gold([tmp_path / "x.jsonl"]) == GOLD


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not valid JSON"),
        ('["a list"]', "not an object"),
        (json.dumps({**GOLD[0], "type": "MEET"}), "not a PLOVER type"),
        (json.dumps({**GOLD[0], "type_alt": ["MEET"]}), "not a PLOVER type"),
        (json.dumps({**GOLD[0], "status": "done"}), "status"),
        (json.dumps({**GOLD[0], "date": "18 March"}), "date"),
        (json.dumps({k: v for k, v in GOLD[0].items() if k != "date"}), "lacks date"),
        (json.dumps({**GOLD[0], "participants": "donald_trump"}), "must be a list"),
    ],
)
def test_load_rejects_bad_rows(tmp_path: Path, line: str, message: str) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_event_gold([f])


def test_load_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot be read"):
        load_event_gold([tmp_path / "nope.jsonl"])
