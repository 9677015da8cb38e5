"""Score the parser in-process on a truth corpus, the way ``score_articles.py`` does: ``python -m etl.parse.evaluate``.

``--odd`` scores the held-out issues (the labeler trains on the even-numbered ones); ``--errors N`` prints the first
N unmatched truth articles with the predicted article that shares its first paragraph, to see what went wrong.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from etl.ingest.decode import decode_bytes
from etl.parse.issue import parse_issue
from etl.parse.training import load_truth

_WS = re.compile(r"[\s\u3000\u2003\ufeff]+")
_LEAD = re.compile(r"电|记者|本报讯|通讯员")


def _norm(s: str | None) -> str:
    return _WS.sub("", s or "")


def _body_match(t: str, p: str) -> bool:
    if t == p:
        return True
    if not t or not p:
        return False
    longer, shorter = (t, p) if len(t) > len(p) else (p, t)
    return (
        longer.endswith(shorter)
        and len(longer) - len(shorter) <= 80
        and bool(_LEAD.search(longer[: len(longer) - len(shorter)]))
    )


def score_folder(folder: Path, which: str = "odd", show: int = 0) -> dict[str, float]:
    truth = load_truth(folder)
    issues = sorted(truth)
    chosen = issues[1::2] if which == "odd" else issues[::2] if which == "even" else issues
    tot: Counter[str] = Counter()
    shown = 0
    nbytes = 0
    spent = 0.0
    for issue in chosen:
        raw = (folder / issue).read_bytes()
        nbytes += len(raw)
        text = decode_bytes(raw).text
        t0 = time.perf_counter()
        preds = parse_issue(text)
        spent += time.perf_counter() - t0
        pbodies = [_norm(p.body) for p in preds]
        arts = truth[issue]
        tot["truth"] += len(arts)
        tot["pred"] += len(preds)
        used: set[int] = set()
        for t in arts:
            tb = _norm("".join(t["paragraphs"]))
            j = next((j for j, b in enumerate(pbodies) if j not in used and _body_match(tb, b)), None)
            tot["paras_truth"] += len(t["paragraphs"])
            if t.get("reporters") is not None:
                tot["rep_truth"] += 1
            if j is None:
                if shown < show:
                    shown += 1
                    first = _norm(t["paragraphs"][0])[:30] if t["paragraphs"] else ""
                    near = [p for p, b in zip(preds, pbodies, strict=True) if first and first[-20:] in b]
                    print(
                        f"--- {issue} #{t['seq']} p{t['page']} {t.get('kicker')!r} | {t['headline']!r} | "
                        f"{t.get('subtitle')!r} ({len(t['paragraphs'])} paras)"
                    )
                    for p in near[:2]:
                        print(
                            f"    pred: {p.kicker!r} | {p.headline!r} | {p.subtitle!r} ({len(p.paragraphs)} paras)"
                            f" first={p.paragraphs[0][:20]!r} last={p.paragraphs[-1][-20:]!r}"
                        )
                continue
            used.add(j)
            p = preds[j]
            tot["matched"] += 1
            th = _norm((t.get("kicker") or "") + t["headline"] + (t.get("subtitle") or ""))
            ph = _norm((p.kicker or "") + p.headline + (p.subtitle or ""))
            tot["heading_ok"] += th == ph
            tot["title_ok"] += _norm(p.headline) == _norm(t["headline"])
            pparas = [_norm(x) for x in p.paragraphs if _norm(x)]
            pset = set(pparas)
            for k, tp in enumerate(t["paragraphs"]):
                n = _norm(tp)
                if n in pset or (k == 0 and pparas and _body_match(n, pparas[0])):
                    tot["paras_ok"] += 1
            if t.get("reporters") is not None:
                tot["rep_ok"] += {_norm(r.name) for r in p.reporters} == set(t["reporters"])
    prec = tot["matched"] / max(tot["pred"], 1)
    rec = tot["matched"] / max(tot["truth"], 1)
    return {
        "articles": tot["truth"],
        "predicted": tot["pred"],
        "f1": round(2 * prec * rec / max(prec + rec, 1e-9), 4),
        "heading": round(tot["heading_ok"] / max(tot["truth"], 1), 4),
        "title": round(tot["title_ok"] / max(tot["truth"], 1), 4),
        "paragraphs": round(tot["paras_ok"] / max(tot["paras_truth"], 1), 4),
        "reporters": round(tot["rep_ok"] / max(tot["rep_truth"], 1), 4),
        "mb_per_s": round(nbytes / 1e6 / max(spent, 1e-9), 2),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folders", nargs="+", type=Path)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--odd", dest="which", action="store_const", const="odd", help="held-out issues (default)")
    group.add_argument("--even", dest="which", action="store_const", const="even", help="training issues")
    group.add_argument("--all", dest="which", action="store_const", const="all", help="every issue")
    parser.add_argument("--errors", type=int, default=0, help="print this many unmatched truth articles")
    args = parser.parse_args(argv)
    for folder in args.folders:
        print(folder.name, score_folder(folder, args.which or "odd", args.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
