"""Customer search index: SQLite FTS5 with tokens we compute ourselves.

Why our own tokens (STYLE.md §4 "Search"): the trigram tokenizer cannot find a
2-character Chinese name, and LIKE over 100k rows is ~25× slower. So:

* names: one token per CJK character and per pair of adjacent characters (so "志明" finds
  陳志明 without phrase queries, which FTS5 needs detail=full for), Traditional folded to
  Simplified (陳 finds 陈 and the other way round), Latin words lower-cased, full-width
  folded to half-width;
* phones: every suffix (3+ digits) of the E.164 digits, plus the national form with its
  trunk 0 — so any run of digits, with or without the country code, is a token prefix;
* plates and VINs: every suffix, so "the last digits of a VIN" and a partial plate match.

Each kind of token carries a one-letter prefix (``p`` phone, ``l`` plate, ``v`` VIN) so
digits never match inside names. All SQLite-specific SQL of the application's search is
here; on other databases ``search_ids`` falls back to LIKE.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from sqlalchemy import Connection, TextClause, text
from sqlalchemy.orm import Session

TABLE = "customer_search"
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
_WORD = re.compile(r"[0-9a-z]+")
_SPLIT = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _t2s() -> object:
    from opencc import OpenCC

    return OpenCC("t2s")


def fold(value: str) -> str:
    """One script, half-width, lower case: the form both index and query use."""
    value = unicodedata.normalize("NFKC", value).lower()
    if _CJK.search(value):
        value = str(_t2s().convert(value))  # type: ignore[attr-defined]
    return value


def _name_tokens(name: str) -> list[str]:
    folded = fold(name)
    tokens: list[str] = []
    for part in _SPLIT.split(folded):
        pos = 0
        while pos < len(part):
            ch = part[pos]
            if _CJK.match(ch):
                tokens.append(ch)
                if pos + 1 < len(part) and _CJK.match(part[pos + 1]):
                    tokens.append(ch + part[pos + 1])  # bigram: "志明" finds 陳志明
                pos += 1
                continue
            m = _WORD.match(part, pos)
            if m:
                tokens.append(m.group(0))
                pos = m.end()
            else:
                pos += 1
    return tokens


def _suffixes(value: str, prefix: str, minimum: int) -> list[str]:
    return [prefix + value[i:] for i in range(0, max(len(value) - minimum + 1, 0))]


def national_digits(e164: str) -> str:
    """The number as dialled at home: +886912345678 -> 0912345678, +8613812345678 -> 13812345678."""
    digits = e164.lstrip("+")
    for cc, trunk in (("886", "0"), ("852", ""), ("86", "")):
        if digits.startswith(cc):
            return trunk + digits[len(cc) :]
    return digits


def customer_tokens(
    name: str, phones: Sequence[str], plates: Sequence[str] = (), vins: Sequence[str] = ()
) -> str:
    tokens = _name_tokens(name)
    for e164 in phones:
        digits = e164.lstrip("+")
        tokens += _suffixes(digits, "p", 3)
        national = national_digits(e164)
        if national and national not in digits:
            tokens.append("p" + national)
    for plate in plates:
        compact = re.sub(r"[^0-9a-z]", "", fold(plate))
        tokens += _suffixes(compact, "l", 2)
    for vin in vins:
        tokens += _suffixes(re.sub(r"[^0-9a-z]", "", vin.lower()), "v", 3)
    return " ".join(dict.fromkeys(tokens))  # unique, in order


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression for what the user typed, or None when there is nothing."""
    terms: list[str] = []
    if re.fullmatch(r"[\d\s\-().+]+", query.strip() or "x"):
        query = re.sub(r"\D", "", query)  # a phone typed with spaces: one run of digits
    for raw in _SPLIT.split(query.strip()):
        if not raw:
            continue
        digits = re.sub(r"[\s\-().+]", "", raw)
        if digits.isdigit():
            if len(digits) < 2:
                continue
            terms.append(f"(p{digits}* OR l{digits}* OR v{digits}*)")
            continue
        folded = fold(raw)
        parts: list[str] = []
        for run in re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+", folded):
            if len(run) == 1:
                parts.append(run)
            else:  # adjacent characters: every bigram of the run
                parts.extend(run[i : i + 2] for i in range(len(run) - 1))
        words = _WORD.findall(folded)
        for word in words:
            parts.append(f"({word}* OR l{word}* OR v{word}*)")
        if parts:
            terms.append(" AND ".join(parts))
    return " AND ".join(terms) if terms else None


def is_available(conn: Connection | Session) -> bool:
    return (
        conn.get_bind().dialect.name == "sqlite"
        if isinstance(conn, Session)
        else conn.dialect.name == "sqlite"
    )


def index_customer(
    s: Session,
    customer_id: int,
    name: str,
    phones: Sequence[str],
    plates: Sequence[str] = (),
    vins: Sequence[str] = (),
) -> None:
    """(Re)write one customer's tokens in the caller's transaction."""
    if not is_available(s):
        return
    s.execute(text(f"DELETE FROM {TABLE} WHERE rowid = :id"), {"id": customer_id})
    s.execute(
        text(f"INSERT INTO {TABLE}(rowid, tokens) VALUES (:id, :tokens)"),
        {"id": customer_id, "tokens": customer_tokens(name, phones, plates, vins)},
    )


def reindex_customer(s: Session, customer_id: int) -> None:
    """Rewrite one customer's tokens from what is stored: name, phones, plates, VINs."""
    if not is_available(s):
        return
    s.flush()
    name = s.execute(
        text("SELECT name FROM customers WHERE id = :id"), {"id": customer_id}
    ).scalar()
    if name is None:
        return
    phones = list(
        s.execute(
            text("SELECT e164 FROM customer_phones WHERE customer_id = :id ORDER BY id"),
            {"id": customer_id},
        ).scalars()
    )
    vehicles = s.execute(
        text("SELECT plate, vin FROM owned_vehicles WHERE customer_id = :id ORDER BY id"),
        {"id": customer_id},
    ).all()
    index_customer(
        s,
        customer_id,
        name,
        phones,
        [plate for plate, _ in vehicles if plate],
        [vin for _, vin in vehicles if vin],
    )


def remove_customer(s: Session, customer_id: int, *, purge: bool = False) -> None:
    """Drop a customer from the index; ``purge`` also rewrites the index so the erased
    tokens are gone from its pages (FTS5 otherwise keeps them until segments merge)."""
    if not is_available(s):
        return
    s.execute(text(f"DELETE FROM {TABLE} WHERE rowid = :id"), {"id": customer_id})
    if purge:
        s.execute(text(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')"))


def bulk_index(conn: Connection, rows: Iterable[tuple[int, str, Sequence[str]]]) -> None:
    """Index many new customers at once (demo data, import): ``(id, name, phones)``."""
    if conn.dialect.name != "sqlite":
        return
    conn.execute(
        text(f"INSERT INTO {TABLE}(rowid, tokens) VALUES (:id, :tokens)"),
        [{"id": cid, "tokens": customer_tokens(name, phones)} for cid, name, phones in rows],
    )


def matching_ids(expression: str) -> TextClause:
    """A sub-select of matching customer ids, for ``Customer.id.in_(...)`` in services."""
    return text(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :expr").bindparams(expr=expression)


def like_ids(query: str) -> TextClause:
    """The LIKE fallback for databases without FTS5 (PostgreSQL desks)."""
    digits = re.sub(r"\D", "", query)
    return text(
        "SELECT c.id FROM customers c LEFT JOIN customer_phones p ON p.customer_id = c.id "
        "WHERE c.name LIKE :q OR (:digits <> '' AND p.digits LIKE :d)"
    ).bindparams(q=f"%{query.strip()}%", digits=digits, d=f"%{digits}%")


def search_ids(s: Session, query: str, limit: int = 200) -> list[int] | None:
    """Customer ids matching ``query`` (newest first), or None when the query is empty."""
    expression = match_expression(query)
    if expression is None:
        return None
    if not is_available(s):
        like = f"%{query.strip()}%"
        return list(
            s.execute(
                text(
                    "SELECT DISTINCT c.id FROM customers c LEFT JOIN customer_phones p "
                    "ON p.customer_id = c.id WHERE c.name LIKE :q OR p.digits LIKE :q "
                    "ORDER BY c.id DESC LIMIT :limit"
                ),
                {"q": like, "limit": limit},
            ).scalars()
        )
    return list(
        s.execute(
            text(
                f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :expr "
                "ORDER BY rowid DESC LIMIT :limit"
            ),
            {"expr": expression, "limit": limit},
        ).scalars()
    )


#: Bump when the tokens change: the index is then rebuilt once at start-up.
INDEX_VERSION = "1"
_VERSION_KEY = "search_index_version"


def needs_rebuild(conn: Connection) -> bool:
    if conn.dialect.name != "sqlite":
        return False
    stored = conn.execute(
        text("SELECT value FROM app_settings WHERE key = :k"), {"k": _VERSION_KEY}
    ).scalar()
    return stored != f'"{INDEX_VERSION}"'


def rebuild(conn: Connection, batch: int = 20_000) -> int:
    """Recompute every customer's tokens (after an upgrade or a change of tokens).

    Runs in the caller's transaction; returns the number of customers indexed.
    """
    if conn.dialect.name != "sqlite":
        return 0
    conn.execute(text(f"DELETE FROM {TABLE}"))
    phones: dict[int, list[str]] = {}
    for cid, e164 in conn.execute(
        text("SELECT customer_id, e164 FROM customer_phones ORDER BY customer_id, id")
    ):
        phones.setdefault(cid, []).append(e164)
    vehicles: dict[int, tuple[list[str], list[str]]] = {}
    for cid, plate, vin in conn.execute(text("SELECT customer_id, plate, vin FROM owned_vehicles")):
        plates, vins = vehicles.setdefault(cid, ([], []))
        if plate:
            plates.append(plate)
        if vin:
            vins.append(vin)
    count = 0
    rows = conn.execute(text("SELECT id, name FROM customers WHERE erased_at IS NULL"))
    while chunk := rows.fetchmany(batch):
        conn.execute(
            text(f"INSERT INTO {TABLE}(rowid, tokens) VALUES (:id, :tokens)"),
            [
                {
                    "id": cid,
                    "tokens": customer_tokens(
                        name, phones.get(cid, []), *vehicles.get(cid, ([], []))
                    ),
                }
                for cid, name in chunk
            ],
        )
        count += len(chunk)
    conn.execute(text(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')"))
    mark_current(conn)
    return count


def mark_current(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    conn.execute(
        text(
            "INSERT INTO app_settings(key, value) VALUES (:k, :v) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
        ),
        {"k": _VERSION_KEY, "v": f'"{INDEX_VERSION}"'},
    )
