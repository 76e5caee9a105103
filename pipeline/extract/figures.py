"""Figures: counts, money, percentages and achieved/target ratios, with their hedge words.

Vietnamese writes ``1.052`` for 1052 and ``85,5`` for 85.5, and builds large amounts from number words
(``2 tỷ 300 triệu đồng``). A figure is a number with what it counts: ``đồng`` (money), ``%``, or a
counted noun (``30 đoàn viên``); a number followed by a time unit is a duration, one after ``số``,
``lần thứ``, ``Nghị quyết`` or inside an organization's name is not a quantity, and years and dates are
left to the date extractor (their spans are skipped here).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Article, Figure, Sentence, Span
from ..resources import read_tsv
from ..text import by_first_letter
from . import dates as dates_module

# A Vietnamese number: thousands dots with an optional decimal comma, or digits with a decimal comma.
# A decimal point is accepted only right before a scale word or "%" (some papers write "2.5 tỷ").
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+\.\d{1,2}(?=\s*(?:tỷ|tỉ|triệu|nghìn|ngàn|%))|\d+"


@dataclass(frozen=True)
class FigureResources:
    hedges: tuple[str, ...]
    hedge_end_re: re.Pattern[str]  # a hedge word ending the text before a number ("khoảng " of "khoảng 5-7%")
    comparatives: tuple[str, ...]  # adjectives that make a following "hơn" a comparison ("cao hơn")
    scales: dict[str, float]
    money_units: tuple[str, ...]
    time_units: tuple[str, ...]
    blockers: tuple[str, ...]
    allowed: tuple[str, ...]  # contexts that override a blocker ("tổng số")
    counted_nouns: tuple[str, ...]  # case-folded, longest first
    classifiers: frozenset[str]  # counted words that the next words complete ("máy", "bộ", "lượt")
    attached_units: tuple[str, ...]  # units written right after the number ("500.000đ", "30km")
    stopwords: frozenset[str]
    amount_re: re.Pattern[str]
    ratio_re: re.Pattern[str]
    ratio_context: tuple[str, ...]  # words before a date-like a/b that make it a ratio ("đạt 9/10")
    dates: dates_module.DateResources


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def load_resources() -> FigureResources:
    hedges = tuple(sorted((row["hedge"] for row in read_tsv("figure_hedges.tsv")), key=len, reverse=True))
    scales = {row["word"]: float(row["value"]) for row in read_tsv("money_scales.tsv")}
    scale = rf"(?:{_alternation(scales)})(?!\w)"
    hedge = _alternation(hedges)
    attached = tuple(row["noun"] for row in read_tsv("counted_nouns.tsv") if row.get("attached") == "yes") + ("đ",)
    amount = (
        rf"(?<![\w/.,\-])(?:(?P<hedge>(?i:{hedge}))\s+)?"
        rf"(?P<amount>(?:{NUMBER})(?:(?:\s+{scale})+(?:\s+(?:{NUMBER})(?:\s+{scale})+)*)?"
        rf"|(?<=[Hh]àng\s)(?:{scale})(?:\s+{scale})*)"
        rf"(?P<percent>\s?%|\s+phần trăm)?"
        rf"(?:(?=(?:{_alternation(attached)})(?!\w))|(?![\w/%]|[.,]\d|-\w)"  # "500.000đ", "30km": units written on
        # "3,5 triệu/người", "2 triệu/suất": a scale word then a rate per head or item is money with "đồng" left out
        rf"|(?:{'|'.join(f'(?<={re.escape(w)})' for w in scales)})(?=/[^\W\d_]))"
    )
    return FigureResources(
        hedges=hedges,
        hedge_end_re=re.compile(rf"(?<![\wÀ-ỹĐđ])(?:{hedge})\s+$", re.IGNORECASE),
        comparatives=tuple(row["word"].casefold() for row in read_tsv("figure_comparatives.tsv")),
        scales=scales,
        money_units=tuple(sorted((row["unit"] for row in read_tsv("money_units.tsv")), key=len, reverse=True)),
        time_units=tuple(row["unit"].casefold() for row in read_tsv("figure_time_units.tsv")),
        blockers=tuple(row["context"].casefold() for row in read_tsv("figure_blockers.tsv") if row.get("allow") != "yes"),
        allowed=tuple(row["context"].casefold() for row in read_tsv("figure_blockers.tsv") if row.get("allow") == "yes"),
        counted_nouns=tuple(sorted((row["noun"].casefold() for row in read_tsv("counted_nouns.tsv")), key=len, reverse=True)),
        classifiers=frozenset(row["noun"].casefold() for row in read_tsv("counted_nouns.tsv") if row.get("classifier") == "yes"),
        attached_units=attached,
        stopwords=frozenset(row["word"].casefold() for row in read_tsv("figure_stopwords.tsv")),
        amount_re=re.compile(amount),
        # "1.285/1.400 doanh nghiệp": the two counts of a ratio written with thousands dots as any count is
        ratio_re=re.compile(r"(?<![\w/.,\-])(?P<a>\d{1,3}(?:\.\d{3})+|\d+)/(?P<b>\d{1,3}(?:\.\d{3})+|\d+)(?![\w/]|[.,]\d|-\w)"),
        ratio_context=tuple(row["word"].casefold() for row in read_tsv("ratio_context.tsv")),
        dates=dates_module.load_resources(),
    )


def parse_number(text: str) -> float:
    """``1.052`` -> 1052, ``85,5`` -> 85.5, ``2.5`` (before a scale word) -> 2.5."""
    text = text.strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        text = text.replace(".", "")
    return float(text.replace(",", "."))


def parse_amount(text: str, scales: dict[str, float]) -> float:
    """Value of a number written with scale words: ``2 tỷ 300 triệu`` -> 2.3e9, ``trăm`` -> 100."""
    total, current, factor, seen_scale = 0.0, None, 1.0, False
    for token in text.split():
        if token in scales:
            factor *= scales[token]
            seen_scale = True
            continue
        if current is not None or seen_scale:
            total += (1.0 if current is None else current) * factor
        current, factor, seen_scale = parse_number(token), 1.0, False
    total += (1.0 if current is None else current) * factor
    return total


QUOTED_NAME_WORDS = 4  # a name in quotes carries its number among its first words


def _inside_quotes(text: str, position: int) -> bool:
    """Whether the number at ``position`` opens a quoted name (Chương trình “1 triệu sáng kiến ...”, “Chợ 0 đồng”).

    A number deep inside the quotes is in quoted speech (ông cho biết: “... đã quyên góp được hơn 1,8 tỉ đồng”),
    which reports figures like the rest of the article."""
    before = text[:position]
    if before.count("“") > before.count("”"):
        opening = before.rfind("“")
    elif before.count('"') % 2 == 1:
        opening = before.rfind('"')
    else:
        return False
    return len(before[opening + 1:].split()) < QUOTED_NAME_WORDS


def _preceded_by(text: str, start: int, words: tuple[str, ...]) -> bool:
    before = " ".join(text[:start].split()[-3:]).casefold()
    return any(before == w or before.endswith(" " + w) for w in words)


# "mỗi nhà 50 triệu đồng", "mỗi phòng 4 người": after "mỗi"/"từng" (each) a blocking noun is what the amount is
# given per, not the label of a house, room or group number
_PER_EACH = ("mỗi", "từng")


def _blocked_by_label(text: str, start: int, blockers: tuple[str, ...]) -> bool:
    tokens = text[:start].split()
    before = " ".join(tokens[-3:]).casefold()
    for word in blockers:
        if before == word or before.endswith(" " + word):
            size = len(word.split())
            return not (len(tokens) > size and tokens[-size - 1].casefold() in _PER_EACH)
    return False


def _previous_token(text: str, start: int) -> str:
    tokens = text[:start].split()
    return tokens[-1] if tokens else ""


def _word_at(text: str, position: int, words) -> str | None:
    """The longest of ``words`` (compared case-folded) that starts at ``position`` as whole words."""
    folded = text[position:position + 60].casefold()
    for word, folded_word in by_first_letter(words, casefold=True).get(folded[:1], ()):
        if folded.startswith(folded_word) and (len(folded) == len(word) or not folded[len(word)].isalnum()):
            return text[position:position + len(word)]
    return None


def _counted_noun(text: str, position: int, res: FigureResources) -> str | None:
    """The counted noun written at ``position``: a known noun, else up to two words (most Vietnamese nouns
    have one or two syllables) before a stop word.

    A classifier is completed by the next words (``10 máy đo thân nhiệt``, ``2 bộ Quy tắc ứng xử``,
    ``hơn 457 lượt đoàn viên``), up to a stop word or punctuation.
    """
    known = _word_at(text, position, res.counted_nouns)
    if known and known.casefold() not in res.classifiers:
        return known
    if known and text[position + len(known):position + len(known) + 1] == " ":
        completed = _word_at(text, position + len(known) + 1, res.counted_nouns)
        if completed and completed.casefold() not in res.classifiers:
            return text[position:position + len(known) + 1 + len(completed)]  # "15 nữ công nhân nhận giải": the
            # classifier and the known noun it qualifies, not the verb after them
    words: list[re.Match[str]] = []
    rest = text[position:]
    for match in re.finditer(r" ?([^\W\d_]+)", rest):
        if match.start() != (words[-1].end() if words else 0):
            break  # punctuation or a number between words ends the noun
        word = match.group(1)
        if word.casefold() in res.stopwords or len(words) == (5 if known else 2):
            break
        words.append(match)
    if not words:
        return known
    return text[position:position + words[-1].end()]


def _unit_start(text: str, end: int) -> int:
    return end + (len(text[end:]) - len(text[end:].lstrip(" ")))


def _after_name_word(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows a capitalized word inside the sentence: Vietnamese names of
    companies, units and hospitals end on a number (``May 10``, ``Sông Đà 5``, ``Bệnh viện 108``)."""
    tokens = text[:start].split()
    return len(tokens) >= 2 and tokens[-1][:1].isupper() and tokens[-1].isalpha() and not tokens[-2].endswith((".", ":"))


# A quoted name right after a number is what it counts (union programs give named items: “Túi an sinh công đoàn”,
# “Mái ấm Công đoàn”); a short name only, a long quote is speech
_QUOTED_UNIT = re.compile(r"[“\"]([^“”\"\d]{2,60}?)[”\"]")


def _amount_figure(text: str, m: re.Match[str], res: FigureResources) -> tuple[int, int, Figure] | None:
    """The figure an amount match gives with what follows it (money, percent, a counted noun), if any."""
    hedge = m.group("hedge").lower() if m.group("hedge") else None
    amount = m.group("amount")
    if not amount[0].isdigit():
        return None  # "hàng chục tỷ đồng", "hàng trăm đoàn viên": an order of magnitude, no number (14 in 11
        # annotated articles, none listed by the annotators)
    value = parse_amount(amount, res.scales)
    start, end = m.start(), m.end()
    if _comparing(text, hedge, start, res):
        hedge, start = None, m.start("amount")  # "cao hơn 1,2 lần": a comparison by so much, not "more than"
    if m.group("percent"):
        return start, end, Figure(text[start:end], value, "%", "percent", hedge, None)
    unit_at = _unit_start(text, end)
    attached = _word_at(text, unit_at, res.attached_units) if unit_at == end else None
    if unit_at == end and unit_at < len(text) and text[unit_at].isalpha() and not attached:
        return None
    money = _word_at(text, unit_at, res.money_units) if unit_at > end or attached == "đ" else None
    if money and len(_word_at(text, unit_at, res.counted_nouns) or "") > len(money):
        money = None  # "189 đồng nghiệp trẻ" counts colleagues
    has_scale = any(token in res.scales for token in amount.split())
    if money and amount == "0":
        return None  # "gian hàng 0 đồng", "siêu thị 0 đồng": union news names its free stalls so, no amount
    if money:
        end = unit_at + len(money)
        return start, end, Figure(text[start:end], value, "VND", "money", hedge, None)
    time_unit = _word_at(text, unit_at, res.time_units) if unit_at > end else None
    if time_unit and len(_word_at(text, unit_at, res.counted_nouns) or "") <= len(time_unit):
        return None  # a duration or an anniversary; "1 ngày lương" (a day's pay) is counted
    quoted = _QUOTED_UNIT.match(text, unit_at) if unit_at > end else None
    if quoted:  # "50.000 “Túi an sinh công đoàn”": a program's named item, counted under its name
        return start, quoted.end(), Figure(text[start:quoted.end()], value, quoted.group(1), "count", hedge, None)
    noun = _counted_noun(text, unit_at, res) if unit_at > end else attached
    if noun and not _word_at(text, unit_at, res.counted_nouns) and _after_name_word(text, start):
        return None  # "Công ty cổ phần May 10 luôn coi ...": the number ends a name, the words after it are no noun
    if noun:
        end = unit_at + len(noun)
        return start, end, Figure(text[start:end], value, noun, "count", hedge, None)
    if has_scale:
        # "gần 200 triệu" with nothing counted after it is money in Vietnamese news
        return start, end, Figure(text[start:end], value, "VND", "money", hedge, None)
    return None


# A range of two numbers: "từ 42,3 đến 44,5 triệu tấn", "7-8 triệu đồng", "10%-20%"
_RANGE = re.compile(rf"(?<![\w/.,\-])(?P<a>{NUMBER})(?P<percent>\s?%)?(?P<to>\s*[-–]\s*|\s+(?:đến|tới)\s+)(?=\S)")


def _comparing(text: str, hedge: str | None, at: int, res: FigureResources) -> bool:
    """Whether the "hơn" at ``at`` compares ("cao hơn 1,2 lần": higher by so much) rather than hedges ("hơn 50")."""
    return hedge == "hơn" and _previous_token(text, at).casefold() in res.comparatives


def _hedge_before(text: str, start: int, res: FigureResources) -> tuple[str, str] | None:
    """The hedge word written right before ``start`` (case-folded, and as written with its space), if any; not
    the comparing "hơn" of "cao hơn"."""
    m = res.hedge_end_re.search(text, 0, start)
    if not m or _comparing(text, m.group(0).strip().lower(), m.start(), res):
        return None
    return m.group(0).strip().lower(), m.group(0)


def _range_lower_bounds(text: str, found: list[tuple[int, int, Figure]], blocked, res: FigureResources) -> list[tuple[int, int, Figure]]:
    """The first number of a range, which Vietnamese writes bare: it takes the scale word and the unit of the
    second ("từ 42,3 đến 44,5 triệu tấn" is 42,3 million tonnes). The second number is read as usual, also
    after a hyphen ("10%-20%"), where a lone number is not read (``Covid-19``, ``02-NQ``)."""
    bounds: list[tuple[int, int, Figure]] = []
    for m in _RANGE.finditer(text):
        a_start, b_start = m.start("a"), m.end()
        if any(s <= a_start < e for s, e, _ in found) or blocked(a_start, m.end("a")):
            continue
        second = res.amount_re.match(text[b_start:])
        upper = _amount_figure(text[b_start:], second, res) if second else None
        if upper is None or upper[2].kind == "count" and not _word_at(upper[2].unit, 0, res.counted_nouns):
            continue  # "tháng 10-11 vừa qua": a known noun makes two numbers a range of counts
        _, upper_end, upper_figure = upper
        if m.group("percent") and upper_figure.kind != "percent":
            continue
        tokens = second.group("amount").split()
        scale = 1.0
        for token in tokens[1:]:
            if token not in res.scales:
                break
            scale *= res.scales[token]
        if "-" in m.group("to") or "–" in m.group("to"):
            end = b_start + upper_end  # "7-8 triệu đồng": the text keeps the whole range (as annotated)
        else:
            end = m.end("a") + len(m.group("percent") or "")
        hedge = _hedge_before(text, a_start, res)  # "khoảng 5-7%": the hedge before a range is the range's
        if hedge:
            a_start -= len(hedge[1])
        lower = Figure(text[a_start:end], parse_number(m.group("a")) * scale, upper_figure.unit, upper_figure.kind,
                       hedge[0] if hedge else None, None)
        bounds.append((a_start, end, lower))
        if not any(s <= b_start < e for s, e, _ in found):
            bounds.append((b_start, b_start + upper_end, upper_figure))
    return bounds


# what every figure holds: a digit (ratios, ranges and amounts are numbers), or the "hàng " before a scale word that
# is an amount of its own ("hàng trăm", "hàng nghìn": the only amount of ``amount_re`` written without a digit)
_MAY_HOLD_FIGURE = re.compile(r"\d|[Hh]àng\s")


def find_figures(text: str, res: FigureResources) -> list[tuple[int, int, Figure]]:
    """Figures in one sentence, in text order: ``(start, end, Figure)`` with offsets in ``text``."""
    if not _MAY_HOLD_FIGURE.search(text):
        return []  # speed: most sentences hold no figure, and the amount pattern is tried at each of their characters
    skip = dates_module.date_spans(text, res.dates)
    found: list[tuple[int, int, Figure]] = []

    def blocked(start: int, end: int) -> bool:
        if any(start < de and ds < end for ds, de in skip):
            return True
        if _inside_quotes(text, start):
            return True
        if _blocked_by_label(text, start, res.blockers) and not _preceded_by(text, start, res.allowed):
            return True
        previous = _previous_token(text, start).strip("()[]")
        return bool(re.fullmatch(r"[A-ZĐ]{2,}", previous))  # "LĐLĐ 5 Thành phố": a number in a name

    for m in res.ratio_re.finditer(text):
        a, b = parse_number(m.group("a")), parse_number(m.group("b"))
        if b == 0 or blocked(m.start(), m.end()):
            continue
        if a <= 31 and 1 <= b <= 12 and dates_module.in_company_name(text, m.start()):
            continue  # "Công ty CP Dệt 10/10", "Cao su 30/4 Tây Ninh": a day in a company's name, no ratio
        skip.append(m.span())
        end = m.end()
        unit_at = _unit_start(text, end)
        noun = _counted_noun(text, unit_at, res) if unit_at > end else None
        if a <= 31 and 1 <= b <= 12 and not noun and not _preceded_by(text, m.start(), res.ratio_context):
            continue  # "Ngày Quốc tế Lao động 1/5": a day, not a ratio
        if 1 <= a <= 12 and 1900 <= b <= 2100 and not noun:
            continue  # "(tháng 1, 2, 3/2026)": a month of a year, not a ratio
        if noun and not _word_at(text, unit_at, res.time_units):
            end = unit_at + len(noun)  # "346/379 DN": the text keeps what is counted, the unit stays "ratio"
        start, hedge = m.start(), _hedge_before(text, m.start(), res)  # "khoảng 2/3 số doanh nghiệp", "hơn 1/3"
        if hedge:
            start -= len(hedge[1])
        found.append((start, end, Figure(text[start:end], a / b, "ratio", "ratio", hedge[0] if hedge else None)))

    for m in res.amount_re.finditer(text):
        if any(m.start() < se and ss < m.end() for ss, se in skip):
            continue
        if blocked(m.start("amount"), m.end("amount")):
            continue
        figure = _amount_figure(text, m, res)
        if figure:
            found.append(figure)
    found.extend(_range_lower_bounds(text, found, blocked, res))
    found.sort(key=lambda item: item[0])
    return found


def _same_quantity(a: Figure, b: Figure) -> bool:
    """One quantity written twice: same value, and one counted noun the start of the other ("20 cán bộ" in the
    headline, "20 cán bộ công đoàn cơ sở tiêu biểu" in the body)."""
    unit_a, unit_b = a.unit.casefold(), b.unit.casefold()
    return a.value == b.value and (unit_a == unit_b or unit_a.startswith(unit_b + " ") or unit_b.startswith(unit_a + " "))


def _restated(headline: Figure, body: Figure) -> bool:
    """Whether the body gives the headline's figure again: the same quantity; the same large count under another
    noun ("hơn 200.000 công nhân" in the headline, "hơn 200.000 lượt đoàn viên, người lao động" in the lead); or a
    hedged round number of a body figure of the same kind ("Trên 73.000 nữ CNVCLĐ" for "73.315 nữ CNVCLĐ")."""
    if _same_quantity(headline, body):
        return True
    if headline.kind != body.kind or headline.kind == "ratio":
        return False
    if headline.kind == "count" and headline.value == body.value and headline.value >= 100:
        return True
    same_noun = headline.kind != "count" or headline.unit.split()[:1] == body.unit.split()[:1]
    return bool(headline.approx) and same_noun and headline.value >= 100 and 0.9 <= body.value / headline.value <= 1.1


def extract_figures(article: Article, sentences: tuple[Sentence, ...], resources: FigureResources) -> tuple[Figure, ...]:
    """Figures in text order; a figure that a repeated paragraph repeats (same words around it) is kept once, and
    a figure of the headline that the body gives again is the body's (union news headlines restate the lead's
    count: "Tuyên dương 50 Công nhân giỏi")."""
    figures: list[Figure] = []
    seen: set[tuple[str, str, str]] = set()
    title_block = article.blocks.index(article.title) if article.title in article.blocks else None
    headline: list[Figure] = []
    for sentence in sentences:
        for start, end, figure in find_figures(sentence.text, resources):
            context = (figure.text, sentence.text[max(0, start - 30):start], sentence.text[end:end + 30])
            if context in seen:
                continue
            seen.add(context)
            span = Span(sentence.index, sentence.start + start, sentence.start + end, figure.text)
            placed = Figure(figure.text, figure.value, figure.unit, figure.kind, figure.approx, span)
            (headline if sentence.block == title_block else figures).append(placed)
    kept = [f for f in headline if not any(_restated(f, body) for body in figures)]
    return tuple(sorted(kept + figures, key=lambda f: f.span.start)) if kept else tuple(figures)
