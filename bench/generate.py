#!/usr/bin/env python3
"""Generate a synthetic benchmark corpus from hadath's bundled sample articles.

Each generated document recombines sentences of the sample articles (their bodies, never
their chrome) and varies their numbers, place names and weekdays, then wraps them in the
chrome of a sample page: HTML documents reuse a sample page's header/nav/footer/cookie
banner, plain-text documents end with a sample's scraped chrome (share bar, cookie notice,
"أوافق").  The output is deterministic for a given --seed.

    python bench/generate.py --n 2000 --out /tmp/hadath-bench

writes DIR/text/NNNNN.txt, DIR/html/NNNNN.html and DIR/manifest.jsonl (one line per
document: id, kind, path, published).
"""
from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SAMPLE_DIR = Path(__file__).resolve().parents[1] / "hadath" / "sample"

WEEKDAYS = ("السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة")
# Python's date.weekday(): Monday=0 ... Sunday=6
WEEKDAY_OF_PYTHON_DAY = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")

SENTENCE_END = re.compile(r"(?<=[.!؟])\s+")
DIGITS = re.compile(r"\d+(?:\.\d+)?")
PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.S)
ARTICLE_BODY = re.compile(r'(<div class="post-body">)(.*?)(\n\s*</div>)', re.S)
DATE_RANGE = (date(2024, 1, 1), date(2025, 12, 31))
ARABIC_LETTER = "\u0621-\u064A"


@dataclass(frozen=True)
class Sample:
    name: str
    kind: str                       # "html" | "text" | "jsonl"
    title: str
    paragraphs: list[str]
    chrome: str                     # html: the page with body markers; text: the trailing chrome


@dataclass(frozen=True)
class Pools:
    sentences: list[str]
    titles: list[str]
    html_pages: list[Sample]
    text_chromes: list[str]
    places: list[str]


# ------------------------------------------------------------------ reading the samples

def decode_sample(raw: bytes) -> str:
    """The sample files are UTF-8, UTF-16 (with BOM) or windows-1256."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1256")


def read_html_sample(path: Path) -> Sample | None:
    page = path.read_text(encoding="utf-8")
    body = ARTICLE_BODY.search(page)
    title = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S)
    if not body or not title:
        return None
    paragraphs = [html.unescape(p).strip() for p in PARAGRAPH.findall(body.group(2))]
    return Sample(path.name, "html", html.unescape(title.group(1)).strip(), paragraphs, page)


def read_text_sample(path: Path) -> Sample:
    """Headline, blank line, body lines, blank line, chrome (see hadath/sample/README.md)."""
    text = decode_sample(path.read_bytes()).lstrip("\ufeff")
    head, _, rest = text.partition("\n\n")
    body, _, chrome = rest.partition("\n\n")
    paragraphs = [line.strip() for line in body.splitlines() if line.strip()]
    return Sample(path.name, "text", head.strip(), paragraphs, chrome)


def read_jsonl_samples(path: Path) -> list[Sample]:
    samples = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            paragraphs = [p for p in rec["text"].splitlines() if p.strip()]
            samples.append(Sample(rec["id"], "jsonl", rec.get("title", ""), paragraphs, ""))
    return samples


def read_samples(sample_dir: Path) -> list[Sample]:
    samples: list[Sample] = []
    for path in sorted(sample_dir.iterdir()):
        if path.suffix == ".html":
            sample = read_html_sample(path)
            if sample:
                samples.append(sample)
        elif path.suffix == ".txt":
            samples.append(read_text_sample(path))
        elif path.suffix == ".jsonl" and path.name != "expected.jsonl":
            samples.extend(read_jsonl_samples(path))
    return samples


def annotated_places(sample_dir: Path) -> list[str]:
    """Place names the sample annotations use: the words the generator swaps for one another."""
    places = set()
    expected = sample_dir / "expected.jsonl"
    if expected.exists():
        for line in expected.read_text(encoding="utf-8").splitlines():
            for event in json.loads(line)["events"]:
                place = (event.get("location") or {}).get("place")
                if place and len(place) > 3:
                    places.add(place)
    # longest first, so that a place is not replaced inside a longer one; sorted for determinism
    return sorted(sorted(places), key=len, reverse=True)


def build_pools(sample_dir: Path) -> Pools:
    samples = read_samples(sample_dir)
    sentences = [s for sample in samples for p in sample.paragraphs
                 for s in SENTENCE_END.split(p) if len(s.split()) >= 5]
    if not sentences:
        raise SystemExit(f"no sample sentences found under {sample_dir}")
    return Pools(
        sentences=sentences,
        titles=[s.title for s in samples if s.title],
        html_pages=[s for s in samples if s.kind == "html"],
        text_chromes=[s.chrome for s in samples if s.kind == "text" and s.chrome],
        places=annotated_places(sample_dir),
    )


# ------------------------------------------------------------------ variation

def vary_number(match: re.Match[str], rng: random.Random) -> str:
    """A number of about the same size; years and other 4-digit numbers from 1900-2099 stay."""
    text = match.group(0)
    if "." in text:
        return f"{rng.uniform(0.1, 9.9):.1f}"
    value = int(text)
    if 1900 <= value <= 2099:
        return text
    # keep 11+ at 11+ so that the counted noun's agreement (singular accusative) stays right
    low = max(11 if value >= 11 else 1, value // 2)
    return str(rng.randint(low, max(low + 1, value * 2)))


def whole_word(word: str) -> re.Pattern[str]:
    """``word`` as a whole word, possibly after one proclitic (و ف ب ل)."""
    before = rf"(?:(?<=^)|(?<=[^{ARABIC_LETTER}])|(?<=[^{ARABIC_LETTER}][وفبل]))"
    return re.compile(before + re.escape(word) + rf"(?![{ARABIC_LETTER}])")


def vary_places(sentence: str, places: list[str], rng: random.Random) -> str:
    for place in places:
        pattern = whole_word(place)
        if pattern.search(sentence) and rng.random() < 0.5:
            replacement = rng.choice(places)
            return pattern.sub(lambda _: replacement, sentence)
    return sentence


def vary_weekdays(sentence: str, rng: random.Random) -> str:
    for day in WEEKDAYS:
        if day in sentence:
            return sentence.replace(day, rng.choice(WEEKDAYS))
    return sentence


def vary_sentence(sentence: str, places: list[str], rng: random.Random) -> str:
    sentence = DIGITS.sub(lambda m: vary_number(m, rng), sentence)
    sentence = vary_places(sentence, places, rng)
    return vary_weekdays(sentence, rng)


def random_date(rng: random.Random) -> date:
    start, end = DATE_RANGE
    return start + timedelta(days=rng.randint(0, (end - start).days))


# ------------------------------------------------------------------ one document

@dataclass(frozen=True)
class Article:
    title: str
    paragraphs: list[str]
    published: date


def make_article(pools: Pools, rng: random.Random) -> Article:
    count = rng.randint(6, 14)
    sentences = [vary_sentence(s, pools.places, rng) for s in rng.sample(pools.sentences, count)]
    paragraphs, i = [], 0
    while i < len(sentences):
        take = rng.choice((1, 1, 2))
        paragraphs.append(" ".join(sentences[i:i + take]))
        i += take
    title = vary_sentence(rng.choice(pools.titles), pools.places, rng)
    return Article(title, paragraphs, random_date(rng))


def render_text(article: Article, pools: Pools, rng: random.Random) -> str:
    chrome = rng.choice(pools.text_chromes) if pools.text_chromes else ""
    return article.title + "\n\n" + "\n".join(article.paragraphs) + "\n\n" + chrome


def render_html(article: Article, pools: Pools, rng: random.Random) -> str:
    page = rng.choice(pools.html_pages).chrome
    esc = html.escape
    body = "\n" + "\n".join(f"      <p>{esc(p, quote=False)}</p>" for p in article.paragraphs)
    page = ARTICLE_BODY.sub(lambda m: m.group(1) + body + m.group(3), page, count=1)
    page = re.sub(r"(<h1[^>]*>).*?(</h1>)", lambda m: m.group(1) + esc(article.title) + m.group(2),
                  page, count=1, flags=re.S)
    page = re.sub(r"<title>.*?\|", lambda m: f"<title>{esc(article.title)} |", page, count=1,
                  flags=re.S)
    page = re.sub(r'(property="og:title" content=")[^"]*', lambda m: m.group(1) + esc(article.title),
                  page, count=1)
    page = re.sub(r"\d{4}-\d{2}-\d{2}(?=T\d{2}:)", article.published.isoformat(), page)
    return re.sub(r"(<time[^>]*>).*?(</time>)",
                  lambda m: m.group(1) + article.published.isoformat() + m.group(2), page)


# ------------------------------------------------------------------ corpus

def generate(n: int, out: Path, seed: int, sample_dir: Path = SAMPLE_DIR) -> int:
    pools = build_pools(sample_dir)
    if not pools.html_pages:
        raise SystemExit(f"no HTML sample pages under {sample_dir}")
    rng = random.Random(seed)
    (out / "text").mkdir(parents=True, exist_ok=True)
    (out / "html").mkdir(parents=True, exist_ok=True)
    with open(out / "manifest.jsonl", "w", encoding="utf-8") as manifest:
        for i in range(n):
            doc_id = f"{i:05d}"
            article = make_article(pools, rng)
            text_path, html_path = f"text/{doc_id}.txt", f"html/{doc_id}.html"
            (out / text_path).write_text(render_text(article, pools, rng), encoding="utf-8")
            (out / html_path).write_text(render_html(article, pools, rng), encoding="utf-8")
            for kind, path in (("text", text_path), ("html", html_path)):
                manifest.write(json.dumps({"id": f"{kind}-{doc_id}", "kind": kind, "path": path,
                                           "published": article.published.isoformat()}) + "\n")
    return n


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Generate a synthetic benchmark corpus from hadath/sample.",
        epilog="example: python bench/generate.py --n 2000 --out /tmp/hadath-bench",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=2000, help="documents per form (default 2000)")
    parser.add_argument("--out", type=Path, required=True, help="output directory")
    parser.add_argument("--seed", type=int, default=20240807, help="random seed (default fixed)")
    parser.add_argument("--samples", type=Path, default=SAMPLE_DIR, help="sample directory")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.n < 1:
        print("--n must be at least 1", file=sys.stderr)
        return 2
    count = generate(args.n, args.out, args.seed, args.samples)
    print(f"wrote {count} text and {count} HTML documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
