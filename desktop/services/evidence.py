"""The report as plain text (``report`` without ``--json``) and the burst
evidence file an owner attaches to a platform's report form: a CSV (through
:mod:`desktop.core.exports`, so no cell runs as a formula) with every
suspect review, when it came, who wrote it, what it says and its nearest
copy among the others. The PDF twin is drawn by ``desktop/ui/report_pdf.py``.

Threading: any thread; opens its own session.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.analysis import narrate
from desktop.analysis.bursts import NEAR_DUPLICATE_JACCARD, shingles
from desktop.core.exports import write_csv
from desktop.services.insights import InsightReport
from desktop.storage import repositories as repo

EVIDENCE_HEADER = ("burst", "burst_start", "burst_end", "location", "review_id", "external_id", "platform",
                   "posted_at", "author", "author_reviews", "local_guide", "rating", "text",
                   "most_similar_external_id", "similarity", "signals")


def evidence_rows(services: Any, report: InsightReport) -> list[tuple]:
    """One row per suspect review of every burst (:data:`EVIDENCE_HEADER`)."""
    ids = [i for b in report.bursts for i in b.burst.reviews]
    if not ids:
        return []
    with services.db.session() as s:
        rows = {r[0]: r for r in repo.evidence_rows(s, ids)}
    out = []
    for n, b in enumerate(report.bursts, start=1):
        x = b.burst
        mine = [rows[i] for i in x.reviews if i in rows]
        texts = [". ".join(p for p in (r[9], r[10]) if p) for r in mine]
        sets = [shingles(t) for t in texts]
        for k, r in enumerate(mine):
            best, sim = None, 0.0
            for j, other in enumerate(sets):
                if j != k and sets[k] and other:
                    v = len(sets[k] & other) / len(sets[k] | other)
                    if v > sim:
                        best, sim = mine[j][1], v
            out.append((n, x.start.isoformat(), x.end.isoformat(), x.location or "", r[0], r[1], r[2],
                        r[4].isoformat(sep=" ", timespec="minutes") if r[4] else "", r[5] or "", r[6],
                        r[7], r[8], texts[k], best if sim >= NEAR_DUPLICATE_JACCARD else "",
                        round(sim, 2), " ".join(x.signals)))
    return out


def write_evidence_csv(services: Any, report: InsightReport, path: Path) -> Path:
    return write_csv(path, EVIDENCE_HEADER, evidence_rows(services, report))


def report_text(report: InsightReport) -> str:
    """The report for a terminal: the sentences, then each drop's causes and bursts."""
    lines = [report.summary, ""]
    lang = report.lang
    for d in report.drops:
        x = d.drop
        lines.append(f"{x.kind} {x.start} .. {x.end}: {x.rating_before:.2f} -> {x.rating_after:.2f} "
                     f"(confidence {x.confidence:.3f}, {x.n_after} reviews against {x.n_before})")
        lines.append(f"  {d.summary}")
        for c in d.causes:
            lines.append(f"  {c.contribution:6.0%}  {c.kind:9} {narrate.cause_label(c, lang)}"
                         f"  ({c.n_during} reviews{', thin evidence' if c.thin else ''})")
            for q in c.quotes[:1]:
                lines.append(f"           \u201c{q.text}\u201d")
        for check in d.cross_checks[:4]:
            if check.kind == "dish_sales":
                lines.append(f"  till: {check.name} sold {check.before} a week before, {check.during} during")
            else:
                lines.append(f"  till: reviews on {check.name}'s days {check.during} stars "
                             f"({check.n_during}), other days {check.before} ({check.n_before})")
        lines.append("")
    for b in report.bursts:
        lines.append(b.summary)
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
