"""``hadath eval``: score hadath against the gold sets and detection sets; ``--gate`` checks
the pinned floors of eval/floors.json (CI)."""
from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import Any

from ..evaluation import casualties, corpora, report
from ..evaluation.detection import detection_errors, score_detection
from ..evaluation.gold import score_documents

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
FLOORS_RELATIVE = Path("eval") / "floors.json"
NUMBERS_TIME_MODULE = "hadath.evaluation.numbers_time"

EXAMPLES = """\
examples:
  hadath eval                          all dev sets in ../shared (gold, event_gsr, duckling)
  hadath eval --errors                 also list missed and spurious events per document
  hadath eval --gate                   exit 1 listing every metric below eval/floors.json
  hadath eval --gold ../shared/gold/dev_0.jsonl --json
  hadath extract --format jsonl docs.jsonl > pred.jsonl
  hadath eval --gold ../shared/gold/dev_0.jsonl --pred pred.jsonl
  hadath eval --casualties             running casualty totals of the shared wire files
                                       against the daily reference series (~40 s)
  hadath eval --casualties --pred events.jsonl --documents docs.jsonl

The shared folder is --shared, else $HADATH_SHARED, else ../shared next to the current
directory or the repository.  Scoring rules: docs/evaluation.md.
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "eval", help="score against gold events and detection sets; --gate for CI",
        description="Score hadath against gold event annotations (gold-format.md) and the "
                    "event_gsr detection sets.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", metavar="FILE", action="append", default=[],
                        help="gold JSONL file (repeatable); default: all shared gold/*.jsonl")
    parser.add_argument("--pred", metavar="FILE",
                        help="event records JSONL to score instead of running the pipeline")
    parser.add_argument("--detection", metavar="FILE", action="append", default=[],
                        help="event_gsr detection set (repeatable)")
    parser.add_argument("--numbers-time", metavar="FILE",
                        help="duckling numbers/time gold (needs hadath.evaluation.numbers_time)")
    parser.add_argument("--casualties", action="store_true",
                        help="only check running casualty totals against the reference "
                             "series of the shared folder (not part of the default run)")
    parser.add_argument("--documents", metavar="FILE",
                        help="with --casualties --pred: documents JSONL (doc_id or id, "
                             "published, text) giving publication days and sentences")
    parser.add_argument("--shared", metavar="DIR", help="the shared corpora folder")
    parser.add_argument("--floors", metavar="FILE", help="floors for --gate "
                        "(default: eval/floors.json of the repository)")
    parser.add_argument("--rules-only", action="store_true",
                        help="run the pipeline without the ASSAULT/PROTEST rescorer "
                             "(as hadath extract --rules-only)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--errors", action="store_true",
                        help="list missed gold events and spurious predictions")
    parser.add_argument("--gate", action="store_true",
                        help="exit 1 when a metric falls below its floor")
    parser.set_defaults(func=handle)


# ---------------------------------------------------------------- planning

def explicit_files(args: argparse.Namespace) -> bool:
    return bool(args.gold or args.detection or args.numbers_time)


def numbers_time_scorer() -> Callable[..., dict] | None:
    try:
        module = importlib.import_module(NUMBERS_TIME_MODULE)
    except ModuleNotFoundError as exc:
        if exc.name == NUMBERS_TIME_MODULE:
            return None
        raise
    return getattr(module, "score_numbers_time", None)


def plan(args: argparse.Namespace, shared: Path | None) -> dict[str, Any]:
    """Which files to evaluate: the ones named, or every dev set of the shared folder."""
    if explicit_files(args):
        return {"gold": [Path(p) for p in args.gold],
                "detection": [Path(p) for p in args.detection],
                "numbers_time": Path(args.numbers_time) if args.numbers_time else None}
    return {"gold": corpora.gold_files(shared),
            # a predictions file covers the gold documents, not the detection sentences
            "detection": [] if args.pred else corpora.detection_files(shared),
            "numbers_time": corpora.numbers_time_file(shared)
            if numbers_time_scorer() else None}


def floors_path(args: argparse.Namespace) -> Path:
    if args.floors:
        return Path(args.floors)
    local = Path.cwd() / FLOORS_RELATIVE
    return local if local.is_file() else corpora.REPO_ROOT / FLOORS_RELATIVE


# ---------------------------------------------------------------- evaluating

def attach_sentence_text(errors: list[dict], texts: Mapping[str, str]) -> None:
    for entry in errors:
        text = texts.get(entry["doc_id"])
        for spurious in entry["spurious"]:
            sentence = spurious.get("sentence") or {}
            if text and "start" in sentence and sentence.get("end", 0) <= len(text):
                spurious["sentence_text"] = text[sentence["start"]:sentence["end"]].strip()


def extractor(args: argparse.Namespace) -> corpora.Extractor | None:
    """The pipeline to score: the default one, or the rules alone."""
    if not args.rules_only:
        return None
    import hadath
    return partial(hadath.extract_documents, rescore=False)


def gold_predictions(gold_docs: list[dict], args: argparse.Namespace, shared: Path | None
                     ) -> tuple[dict[str, list[dict]], dict[str, str], dict[str, str]]:
    """(events by doc_id, clean texts by doc_id, pipeline failures)."""
    if args.pred:
        texts = {}
        if shared:
            records = corpora.load_corpus_records(shared, {d["doc_id"] for d in gold_docs})
            texts = {doc_id: r.get("text", "") for doc_id, r in records.items()}
        return corpora.load_predictions(Path(args.pred)), texts, {}
    records = corpora.records_for_gold(gold_docs, shared)
    run = corpora.run_pipeline(records, extractor(args), label="gold documents")
    return run.events, run.texts, run.failures


def evaluate_gold(paths: list[Path], args: argparse.Namespace, shared: Path | None,
                  results: dict[str, Any]) -> None:
    by_file = {path.name: corpora.load_gold([path]) for path in paths}
    all_docs = [doc for docs in by_file.values() for doc in docs]
    predictions, texts, failures = gold_predictions(all_docs, args, shared)
    gold = score_documents(all_docs, predictions)
    attach_sentence_text(gold["errors"], texts)
    gold["files"] = {name: {k: v for k, v in score_documents(docs, predictions).items()
                            if k not in ("errors", "per_type")}
                     for name, docs in by_file.items()}
    results["gold"] = gold
    results["pipeline_failures"].update(failures)


def evaluate_detection(paths: list[Path], args: argparse.Namespace,
                       results: dict[str, Any]) -> None:
    predictions = corpora.load_predictions(Path(args.pred)) if args.pred else None
    for path in paths:
        items = list(corpora.read_jsonl(path))
        if predictions is None:
            run = corpora.run_pipeline(corpora.detection_records(items), extractor(args),
                                       label=path.name)
            detected = run.events
            results["pipeline_failures"].update(run.failures)
        else:
            detected = predictions
        scores = score_detection(items, detected)
        key = scores["event_type"]
        if key in results["detection"]:
            key = f"{key}:{path.stem}"
        results["detection"][key] = scores
        results["detection_errors"][key] = detection_errors(items, detected,
                                                            scores["event_type"])


def evaluate(args: argparse.Namespace, shared: Path | None) -> dict[str, Any]:
    files = plan(args, shared)
    results: dict[str, Any] = {"shared": str(shared) if shared else None, "detection": {},
                               "detection_errors": {}, "pipeline_failures": {}}
    if files["gold"]:
        evaluate_gold(files["gold"], args, shared, results)
    if files["detection"]:
        evaluate_detection(files["detection"], args, results)
    scorer = numbers_time_scorer()
    if files["numbers_time"] and scorer:
        results["numbers_time"] = scorer(files["numbers_time"])
    return results


def casualty_documents(args: argparse.Namespace, shared: Path, doc_ids: set[str]
                       ) -> dict[str, dict]:
    """The documents of --documents (keyed by doc_id or id), else the shared corpus records
    of the scored events (raw text: sentences may then be missing)."""
    if not args.documents:
        return corpora.load_corpus_records(shared, doc_ids)
    return {d.get("doc_id") or d.get("id"): d for d in corpora.read_jsonl(Path(args.documents))}


def casualty_inputs(args: argparse.Namespace, shared: Path | None
                    ) -> tuple[list[dict], dict[str, str | None], dict[str, str], dict[str, str]]:
    """(event records, publication day by doc_id, clean texts, pipeline failures): the
    records given with --pred, else the default pipeline run over the shared wire files."""
    if args.pred:
        events = [e for doc in corpora.load_predictions(Path(args.pred)).values() for e in doc]
        documents = casualty_documents(args, shared, {e["doc_id"] for e in events})
        return (events, {k: corpora.valid_date(d.get("published")) for k, d in documents.items()},
                {k: d.get("text", "") for k, d in documents.items()}, {})
    records = [{"id": r["id"], "text": r["text"],
                "published": corpora.valid_date(r.get("published"))}
               for relative in corpora.GOLD_CORPORA if (shared / relative).is_file()
               for r in corpora.read_jsonl(shared / relative)]
    if not records:
        raise corpora.EvaluationDataError("no wire files in the shared folder: "
                                          + ", ".join(corpora.GOLD_CORPORA))
    print(f"hadath eval: running the pipeline over {len(records)} wire documents",
          file=sys.stderr)
    run = corpora.run_pipeline(records, extractor(args), label="wire documents")
    events = [e for doc_events in run.events.values() for e in doc_events]
    return events, {r["id"]: r["published"] for r in records}, run.texts, run.failures


def evaluate_casualties(args: argparse.Namespace, shared: Path | None) -> dict[str, Any]:
    if shared is None:
        raise corpora.EvaluationDataError("the casualty reference is read from the shared "
                                          "folder: pass --shared DIR")
    reference = casualties.load_reference(casualties.reference_directory(shared))
    events, published, texts, failures = casualty_inputs(args, shared)
    return {"shared": str(shared),
            "casualties": casualties.score_casualties(events, published, reference, texts),
            "pipeline_failures": failures}


# ---------------------------------------------------------------- output

def strip_error_lists(results: dict[str, Any]) -> dict[str, Any]:
    slim = {k: v for k, v in results.items() if k != "detection_errors"}
    if "gold" in slim:
        slim["gold"] = {k: v for k, v in slim["gold"].items() if k != "errors"}
    return slim


def emit(results: dict[str, Any], args: argparse.Namespace,
         gate_failures: list[str] | None) -> None:
    shown = results if args.errors else strip_error_lists(results)
    if "casualties" in results:
        if args.json:
            json.dump(results, sys.stdout, ensure_ascii=False, indent=1)
            print()
        else:
            print(casualties.format_casualties(results["casualties"]))
        return
    if args.json:
        payload = {**shown, "metrics": report.flatten_metrics(results)}
        if gate_failures is not None:
            payload["gate"] = {"passed": not gate_failures, "failures": gate_failures}
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return
    print(report.format_text(results))
    if args.errors:
        print()
        print(report.format_errors(results))
    if gate_failures is not None:
        print()
        print("gate: passed" if not gate_failures else
              "gate: FAILED, below floor:\n  " + "\n  ".join(gate_failures))


def usage_problem(args: argparse.Namespace, shared: Path | None) -> str | None:
    if args.shared and shared is None:
        return f"--shared {args.shared}: not a shared folder (needs gold/ and corpus/)"
    if args.casualties and (args.gate or explicit_files(args)):
        return "--casualties is a separate check: not with --gate, --gold, --detection"
    if args.documents and not (args.casualties and args.pred):
        return "--documents goes with --casualties --pred"
    if args.gold and not args.pred and shared is None:
        return "gold documents are read from the shared corpora: pass --shared DIR or --pred FILE"
    missing = [p for p in [*args.gold, *args.detection, args.numbers_time, args.pred,
                           args.documents]
               if p and not Path(p).is_file()]
    if missing:
        return "no such file: " + ", ".join(missing)
    return None


def handle(args: argparse.Namespace) -> int:
    shared = corpora.find_shared(args.shared)
    if shared is None and not explicit_files(args) and not args.shared:
        if args.gate:
            print("skipped: no shared corpora")
            return EXIT_OK
        print("hadath eval: no shared corpora found (--shared DIR, $HADATH_SHARED or "
              "../shared)", file=sys.stderr)
        return EXIT_USAGE
    problem = usage_problem(args, shared)
    if problem:
        print(f"hadath eval: {problem}", file=sys.stderr)
        return EXIT_USAGE
    try:
        results = evaluate_casualties(args, shared) if args.casualties else evaluate(args, shared)
    except (corpora.EvaluationDataError, ValueError) as exc:
        print(f"hadath eval: {exc}", file=sys.stderr)
        return EXIT_USAGE
    gate_failures = None
    if args.gate:
        floors = report.load_floors(floors_path(args))
        gate_failures = report.check_floors(report.flatten_metrics(results), floors,
                                            require_all=not (explicit_files(args) or args.pred))
    emit(results, args, gate_failures)
    # documents the pipeline rejects are scored as predicting nothing and listed in the
    # output: they are part of what is measured, not a failure of the evaluation
    return EXIT_SOME_FAILED if gate_failures else EXIT_OK
