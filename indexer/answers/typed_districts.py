"""District names typed one character off a known one (乔口区 for 硚口区, 沙平坝区 for 沙坪坝区).

The corpus has no such district: the answer says so and names the known one, and the asker asks
again. Never assumed: 乔口区 is a real place of its own.
"""

from __future__ import annotations

from indexer.answers import quoted


def name_as_typed(question: str, unknown: str, districts: list[str]) -> str:
    """The unknown district's name with the character typed before it when together they are one
    character off a known district (沙平坝区: 平坝区 is a place of its own, 沙坪坝区 was meant)."""
    at = question.find(unknown)
    longer = question[at - 1 : at + len(unknown)] if at > 0 else ""
    if longer and any(one_character_apart(longer, k) for k in districts):
        return longer
    return unknown


def one_character_apart(typed: str, known: str) -> bool:
    """Whether two district names differ in one character of the place (乔口区, 硚口区)."""
    return len(quoted.characters_apart(typed, known)) == 1
