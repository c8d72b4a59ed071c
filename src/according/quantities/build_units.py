"""Build `data/quantities_units.json`: unit and currency names, as data, from pint and Babel.

Run `python -m according.quantities.build_units` (needs the `units` extra: pint, Babel)
after changing the lexicon's `measure_units`, `unit_prefixes` or `currency_preferences`.
Loading pint's registry takes about a second, so figures read the written table instead.

- measures: pint's unit registry says which written forms (symbols, names, plurals,
  British spellings, prefixed forms) name a unit, and its normalised name ("km",
  "kilometres" -> "kilometer"; "kWh" -> "kilowatt hour"); the lexicon lists the units
  news prints and the prefixes each takes.
- currencies: Babel's CLDR data gives the ISO 4217 codes, their English symbols ("$",
  "HK$", "CN¥", "₪") and names ("Chinese yuan", "Israeli new shekels"); a bare last word
  ("yuan", "shekels") names a currency when it is the last word of exactly one currency in
  use today, else the lexicon's `currency_preferences` decide ("dollars" -> USD).
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

DATA = resources.files("according").joinpath("data")
OUT = Path(str(DATA.joinpath("quantities_units.json")))
LEXICON = json.loads(DATA.joinpath("quantities_lexicon.json").read_text("utf-8"))


def _pretty(name: str) -> str:
    return name.replace("_", " ")


def measure_forms() -> tuple[dict[str, str], dict[str, str]]:
    """(symbols, case-sensitive; names, lower case) -> normalised unit name."""
    import pint

    ureg = pint.UnitRegistry()
    symbols: dict[str, str] = {}
    names: dict[str, str] = {}

    def parses_to(form: str, prefix: str, unit: str) -> bool:
        try:
            return (prefix, unit, "") in ureg.parse_unit_name(form)
        except Exception:  # noqa: BLE001 - pint raises several kinds for a non-unit
            return False

    for unit, prefixes in LEXICON["measure_units"].items():
        definition = ureg._units[unit]
        for prefix in ["", *prefixes]:
            pdef = ureg._prefixes[prefix] if prefix else None
            canonical = _pretty(prefix + LEXICON["unit_display_names"].get(unit, unit))
            psyms = [pdef.symbol, *[a for a in pdef.aliases if len(a) == 1]] if pdef else [""]
            for sym in [definition.symbol, *[a for a in definition.aliases if len(a) <= 3]]:
                for psym in psyms:
                    form = psym + sym
                    if parses_to(form, prefix, unit):
                        symbols.setdefault(form, canonical)
            for word in [unit, *[a for a in definition.aliases if len(a) > 3]]:
                base = prefix + word
                plurals = [] if base.endswith(("s", "z", "et")) else [base + "s"]
                for form in [base, *plurals, *([base + "es"] if base.endswith("ch") else [])]:
                    if "_" not in word and parses_to(form, prefix, unit):
                        names.setdefault(form.lower(), canonical)
                    elif "_" in word and parses_to(form, prefix, unit):
                        names.setdefault(_pretty(form).lower(), canonical)
    for phrase, canonical in LEXICON["unit_phrases"].items():
        names[phrase] = canonical
    for symbol in LEXICON["unit_symbols_not_taken"]:
        symbols.pop(symbol, None)
    return symbols, names


def currency_forms() -> tuple[list[str], dict[str, str], dict[str, str]]:
    """(ISO 4217 codes; symbols, lower case; names, lower case) -> code."""
    from babel import Locale
    from babel.core import get_global
    from babel.numbers import list_currencies

    en = Locale("en")
    codes = sorted(list_currencies())
    current = {
        code
        for spans in get_global("territory_currencies").values()
        for code, _start, end, tender in spans
        if end is None and tender
    }
    symbols = {
        sym.lower(): code
        for code in codes
        if (sym := en.currency_symbols.get(code)) and sym != code and code in current
    }
    names: dict[str, str] = {}
    last_words: dict[str, set[str]] = {}
    plural = en._data["currency_names_plural"]
    for code in codes:
        written = {en.currencies.get(code, "")} | set(dict(plural.get(code, {})).values())
        for name in filter(None, written):
            if code in current or name.lower() not in names:
                names[name.lower()] = code
            if code in current and not code.startswith("X"):  # X..: metals, funds, tests
                last_words.setdefault(name.lower().split()[-1], set()).add(code)
    for word, found in last_words.items():
        if len(found) == 1 and word not in names and word not in LEXICON["not_currency_words"]:
            names[word] = next(iter(found))
    for word, code in LEXICON["currency_preferences"].items():
        names[word] = code
    return codes, symbols, names


def build() -> dict:
    import babel
    import pint

    symbols, names = measure_forms()
    codes, currency_symbols, currency_names = currency_forms()
    return {
        "built_with": {"pint": pint.__version__, "babel": babel.__version__},
        "measure_symbols": dict(sorted(symbols.items())),
        "measure_names": dict(sorted(names.items())),
        "currency_codes": codes,
        "currency_symbols": dict(sorted(currency_symbols.items())),
        "currency_names": dict(sorted(currency_names.items())),
    }


def main() -> None:
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
