"""Language detection from function words (cleaner/text/languages.py) and its use by the engine."""
from __future__ import annotations

import doctest
from collections.abc import Iterable

import pytest

import cleaner
from cleaner import engine
from cleaner.text import languages
from cleaner.text.languages import FUNCTION_WORDS, detect, detect_lines

SENTENCES = {
    "en": "The council said on Monday that the new bridge would be finished before the end of the year.",
    "de": "Der Stadtrat hat am Montag beschlossen, dass die neue Brücke noch vor dem Ende des Jahres fertig wird.",
    "fr": "Le conseil a indiqué lundi que le nouveau pont sera terminé avant la fin de l'année, selon la mairie.",
    "es": "El ayuntamiento dijo el lunes que el nuevo puente estará terminado antes del final del año, según fuentes.",
    "it": "Il consiglio ha detto lunedì che il nuovo ponte sarà finito prima della fine dell'anno, secondo il sindaco.",
    "pt": "A câmara disse que a nova ponte não será concluída antes do fim do ano, e que o custo é maior do que o previsto.",
    "nl": "De gemeenteraad heeft maandag gezegd dat de nieuwe brug voor het einde van het jaar klaar zal zijn.",
    "pl": "Rada miasta poinformowała w poniedziałek, że nowy most zostanie ukończony przed końcem roku, jak podano.",
    "sv": "Kommunen sade på måndagen att den nya bron ska vara klar före årets slut, enligt kommunens talesperson.",
}


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_a_sentence_is_told_by_its_function_words(lang: str) -> None:
    assert detect(SENTENCES[lang]) == lang


@pytest.mark.parametrize("text", ["12:45", "Photo: Jane Roe", "", "Berlin Paris Madrid"])
def test_too_few_words_to_tell(text: str) -> None:
    assert detect(text) is None


def test_no_word_belongs_to_two_languages() -> None:
    seen: dict[str, str] = {}
    for lang, words in FUNCTION_WORDS.items():
        for word in words:
            assert seen.setdefault(word, lang) == lang, f"{word!r} is in {seen[word]} and {lang}"


def test_a_document_is_told_from_its_first_lines() -> None:
    assert detect_lines([SENTENCES["de"]] * 3 + [SENTENCES["en"]] * 200, limit=200) == "de"


def test_the_examples_in_the_module() -> None:
    failed, tried = doctest.testmod(languages, verbose=False)
    assert tried > 0 and failed == 0


def test_the_engine_runs_a_language_rule_on_a_text_in_that_language() -> None:
    # inline.teaser-es runs only on Spanish text: with no language given, the text's words tell it.
    text = "\n\n".join([
        "El puerto amplía su horario",
        "El puerto de la ciudad amplía desde el lunes su horario de carga, según informó la autoridad portuaria.",
        "Mira: Una tormenta deja sin luz a tres barrios del norte",
        "Los camioneros celebran la medida, que llega tras meses de protestas por las largas esperas en el muelle.",
    ]) + "\n"
    assert "inline.teaser-es" in {r.rule_id for r in cleaner.clean(text).removals}
    assert "inline.teaser-es" not in {r.rule_id for r in cleaner.clean(text, language="en").removals}


def test_the_language_is_worked_out_only_when_a_language_rule_is_asked_about(monkeypatch: pytest.MonkeyPatch) -> None:
    detected: list[str | None] = []

    def counting(lines: Iterable[str], limit: int = 2000) -> str | None:
        detected.append(found := detect_lines(lines, limit))
        return found

    monkeypatch.setattr(engine, "detect_lines", counting)
    english = "\n\n".join([SENTENCES["en"]] * 4) + "\n"
    spanish = "\n\n".join([
        "El puerto amplía su horario",
        "El puerto de la ciudad amplía desde el lunes su horario de carga, según informó la autoridad portuaria.",
        "Mira: Una tormenta deja sin luz a tres barrios del norte",
    ]) + "\n"
    cleaner_ = cleaner.Cleaner()
    cleaner_.line_matcher.prepare()  # gates from the first line: only a line through a rule's gate asks
    assert cleaner_.clean(english).text == english and detected == []
    # "Mira:" passes inline.teaser-es's gate: the language is asked, once for all the passes.
    assert "inline.teaser-es" in {r.rule_id for r in cleaner_.clean(spanish).removals}
    assert detected == ["es"]
