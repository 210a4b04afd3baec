"""``hadath kb``: look up how a phrase resolves, count and check the actor knowledge base."""
from __future__ import annotations

import argparse
import json

from ..datacheck import check_data_files
from ..kb import load_kb, validate_kb
from ..recognize.actors import ActorResolver
from ..resources import DataError
from ..text import TextLayer

EXAMPLES = """examples:
  hadath kb lookup "وزير الخارجية الأمريكي" --date 2024-09-18
  hadath kb lookup "جيش الاحتلال" --context "قصف على غزة"
  hadath kb stats
  hadath kb check          # exit 1 when the data has problems
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "kb", help="inspect the actor knowledge base",
        description="Look up how a phrase resolves, count entries, validate the actor data.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="kb_command", metavar="ACTION")
    lookup = sub.add_parser("lookup", help="resolve a phrase and say why",
                            epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    lookup.add_argument("phrase")
    lookup.add_argument("--date", help="event date YYYY-MM-DD (chooses a person's role)")
    lookup.add_argument("--context", default="",
                        help="surrounding text appended after the phrase (e.g. for الاحتلال)")
    lookup.add_argument("--json", action="store_true", help="print JSON lines")
    sub.add_parser("stats", help="entries per category")
    sub.add_parser("check", help="validate the knowledge base and every other data file "
                                 "(lexicons, rules, gazetteer, model); exit 1 on problems")
    parser.set_defaults(func=handle)


def handle(args: argparse.Namespace) -> int:
    try:
        kb = load_kb()
    except DataError as exc:
        print(f"error: {exc}")
        return 1
    if args.kb_command == "lookup":
        return lookup(kb, args)
    if args.kb_command == "stats":
        for kind, n in kb.counts().items():
            print(f"{kind:16} {n}")
        return 0
    if args.kb_command == "check":
        problems = validate_kb(kb) + check_data_files()
        for p in problems:
            print(p)
        print(f"{len(problems)} problem(s)")
        return 1 if problems else 0
    print("usage: hadath kb {lookup,stats,check} (see hadath kb --help)")
    return 2


def lookup(kb, args: argparse.Namespace) -> int:
    text = args.phrase + ("\n" + args.context if args.context else "")
    mentions = ActorResolver(kb).find(TextLayer(text), date=args.date)
    if not mentions:
        print("no actor found")
        return 0
    for m in mentions:
        if args.json:
            print(json.dumps({**m.to_entity(), "kind": m.kind, "rule": m.rule}, ensure_ascii=False))
        else:
            print(f"{m.text}\t{m.country}\t{m.sector}\t{m.kind}\t{m.id}\t{m.name}\trule={m.rule}")
    return 0
