"""The data files of the events stage (tests events/lexicon.py)."""

from __future__ import annotations

from pathlib import Path

from storyline.events import EVENTS_VERSION, producer_name
from storyline.events.lexicon import load_lexicon
from storyline.models import PLOVER_TYPES

KNOWN_FLAGS = {"accept", "speech", "deny", "suffer", "partner", "halt"}
KNOWN_CUES = {
    "light", "report", "hedged", "planned", "denied", "source", "background", "conditional",
    "phone", "video", "third-party", "delegate", "refuse", "propose", "reason", "ready",
    "intent",
}  # fmt: skip


def test_every_trigger_has_a_known_type_and_flags() -> None:
    lex = load_lexicon()
    assert len(lex.triggers) > 100
    for word, entry in lex.triggers.items():
        assert entry.type in PLOVER_TYPES, word
        assert entry.flags <= KNOWN_FLAGS, word
        assert entry.word == word


def test_all_sixteen_plover_types_have_triggers() -> None:
    types = {e.type for e in load_lexicon().triggers.values()}
    assert types == set(PLOVER_TYPES)


def test_cue_kinds_are_known_and_used() -> None:
    lex = load_lexicon()
    assert set(lex.cues) == KNOWN_CUES


def test_no_word_is_both_a_trigger_and_a_light_verb_unless_meant() -> None:
    # A light verb that is also a trigger would make 協議を開催した two events; the ones
    # listed here are deliberate (the noun wins: see candidates.find_candidates; after 発表
    # only a PLOVER noun wins, 買収を発表した stays the announcement).
    lex = load_lexicon()
    both = set(lex.cue("light")) & set(lex.triggers)
    assert both <= {"開催", "見送る", "取りやめる", "表明", "発表", "確認"}


def test_version_is_in_the_producer_name() -> None:
    assert producer_name() == f"events/{EVENTS_VERSION}+{load_lexicon().version}"
    assert load_lexicon().version.startswith("t")


def test_every_trigger_is_a_parse_cue_of_the_nlp_stage() -> None:
    # nlp parses (in its default "events" mode) only sentences holding one of its cues; a
    # trigger it does not know would never see a parse. The file is read, not imported, so
    # the stages stay apart. Fix by adding the stem to src/storyline/nlp/data/event_cues.txt.
    path = Path(__file__).resolve().parents[2] / "src/storyline/nlp/data/event_cues.txt"
    cues = [
        line.split("#")[0].strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.split("#")[0].strip()
    ]
    missing = []
    for word in load_lexicon().triggers:
        stem = word[:-1] if len(word) > 1 and word[-1] in "るうすつくむぐぶ" else word
        if not any(c in word or stem.startswith(c) for c in cues):
            missing.append(word)
    assert missing == []
