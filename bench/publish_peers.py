"""Print DOCX of a 100-article magazine issue, side by side with pandoc converting the same
content from Markdown to DOCX, in one run.

    python -m bench.publish_peers [--runs 3] [--rounds 1] [--no-extras] [--no-pages]

Input: ``magazine.md`` from the shared peer generator (``../shared/bench/make_corpus.py``,
run by ``peers.sh corpus``): a title block, then 100 articles, each a Chinese and an English
``#`` title, 25 Chinese/English paragraph pairs and a bilingual ``## 中文 · English`` subheading
before pairs 7, 13, 19 and 25. We store the same content once (cached by the file's hash) in a
workspace: one publication and issue from the title block, 10 sections of 10 articles in
order, one document per article whose blocks are the subheadings (level 2) and the paragraph
pairs, each pre-aligned as one segment (no segmentation cost). Timed by the shared ``hf.py``
(hyperfine + GNU time for peak RSS): ``workbench publish`` (interleaved, default template;
optionally side-by-side and the Taiwan traditional edition) and pandoc as ``peers.sh pandoc``
runs it (default styles, and with its A4/Noto CJK reference doc); with ``--rounds N`` the
tools take turns N times and each row pools its runs. Each output is then rendered
once to PDF with LibreOffice for its page count (not timed). Results:
``.bench-data/publish_peers.json`` and a markdown table on stdout.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from bench.peers import CORPUS, ROOT, SHARED_BENCH, hyperfine

DATA = ROOT / ".bench-data"
OUT = DATA / "publish"
SECTIONS = 10  # sections of the issue; articles are dealt out in order, 10 to a section
LO_PROFILE = "file:///tmp/lo_bench"
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LATIN = re.compile(r"[A-Za-z]")


@dataclass
class MagArticle:
    title_zh: str
    title_en: str
    # ("heading", zh, en) for a subheading, ("paragraph", zh, en) for a pair.
    blocks: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class Magazine:
    title_zh: str
    title_en: str
    issue_zh: str
    issue_en: str
    articles: list[MagArticle]

    @property
    def pairs(self) -> int:
        return sum(1 for a in self.articles for kind, _, _ in a.blocks if kind == "paragraph")

    @property
    def subheadings(self) -> int:
        return sum(1 for a in self.articles for kind, _, _ in a.blocks if kind == "heading")


def _split_bilingual(line: str) -> tuple[str, str]:
    zh, _, en = line.partition(" · ")
    return zh.strip(), en.strip()


def read_magazine(path: Path) -> Magazine:
    """Parse the generator's Markdown: ``%`` title lines, ``#`` zh then en title,
    ``## zh · en`` subheadings, then Chinese and English paragraphs alternating."""
    lines = [line.strip() for line in path.read_text("utf-8").splitlines() if line.strip()]
    title = [line[1:].strip() for line in lines if line.startswith("%")]
    title_zh, title_en = _split_bilingual(title[0])
    issue_zh, issue_en = _split_bilingual(title[1])
    articles: list[MagArticle] = []
    pending_zh: str | None = None
    for line in lines:
        if line.startswith("%"):
            continue
        if line.startswith("## "):
            articles[-1].blocks.append(("heading", *_split_bilingual(line[3:])))
        elif line.startswith("# "):
            # The zh title opens an article; the en title (same number) completes it.
            text = line[2:].strip()
            if articles and not articles[-1].title_en and not articles[-1].blocks:
                articles[-1].title_en = text
            else:
                articles.append(MagArticle(title_zh=text, title_en=""))
        elif pending_zh is None:
            pending_zh = line
        else:
            articles[-1].blocks.append(("paragraph", pending_zh, line))
            pending_zh = None
    if pending_zh is not None:
        raise ValueError(f"{path}: a Chinese paragraph without its English one at the end")
    return Magazine(title_zh, title_en, issue_zh, issue_en, articles)


def build_workspace(magazine: Magazine, path: Path) -> int:
    """Store the magazine as one issue; returns the issue id."""
    from workbench.db.workspace import open_workspace
    from workbench.documents.store import store_draft
    from workbench.importers.draft import DraftBlock, DraftDocument, DraftSegment
    from workbench.models import Issue, Publication, Section
    from workbench.models.enums import BlockKind, Language

    workspace = open_workspace(path)
    per_section = -(-len(magazine.articles) // SECTIONS)
    with workspace.session() as session:
        publication = Publication(name_zh=magazine.title_zh, name_en=magazine.title_en)
        session.add(publication)
        session.flush()
        issue = Issue(
            publication_id=publication.id or 0,
            label=magazine.issue_zh,
            title_zh=magazine.issue_zh,
            title_en=magazine.issue_en,
        )
        session.add(issue)
        session.flush()
        section: Section | None = None
        for number, article in enumerate(magazine.articles):
            if number % per_section == 0:
                index = number // per_section + 1
                section = Section(
                    issue_id=issue.id or 0,
                    position=index - 1,
                    title_zh=f"专栏{index}",
                    title_en=f"Section {index}",
                )
                session.add(section)
                session.flush()
            draft = DraftDocument(
                source_lang=Language.ZH,
                target_lang=Language.EN,
                title_zh=article.title_zh,
                title_en=article.title_en,
                origin_format="bench",
                blocks=[
                    DraftBlock(
                        kind=BlockKind.HEADING if kind == "heading" else BlockKind.PARAGRAPH,
                        level=2 if kind == "heading" else 0,
                        source=zh,
                        segments=[DraftSegment(source=zh, target=en)],
                        origin="bench",
                    )
                    for kind, zh, en in article.blocks
                ],
            )
            document = store_draft(session, draft, author="bench")
            assert section is not None
            document.section_id = section.id
            document.section_position = number % per_section
        issue_id = issue.id or 0
    workspace.close()
    return issue_id


def cached_workspace(magazine_md: Path, magazine: Magazine) -> tuple[Path, int]:
    """Build the workspace once per magazine.md content (and section count)."""
    digest = hashlib.sha256(magazine_md.read_bytes()).hexdigest()[:12]
    path = OUT / f"magazine-{digest}-s{SECTIONS}.sqlite"
    meta = path.with_suffix(".json")
    if not meta.exists():
        # The metadata is written last, so a half-built file (or its WAL) is never reused.
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        issue_id = build_workspace(magazine, path)
        meta.write_text(json.dumps({"issue": issue_id, "magazine_sha256_12": digest}))
    else:
        # Bring a cached file to the current schema now, not inside a timed run.
        from workbench.db.workspace import open_workspace

        open_workspace(path).close()
    return path, int(json.loads(meta.read_text())["issue"])


def _pooled(rounds: list[dict]) -> dict:
    times = [t for r in rounds for t in r["times_s"]]
    rss = [m for r in rounds for m in r["rss_mb"]]
    return {
        "runs": len(times),
        "median_s": round(statistics.median(times), 4),
        "mean_s": round(statistics.mean(times), 4),
        "stddev_s": round(statistics.stdev(times), 4) if len(times) > 1 else 0.0,
        "min_s": min(times),
        "max_s": max(times),
        "rss_max_mb": max(rss),
    }


def reference_doc() -> Path:
    """pandoc's default reference.docx made A4 with Noto CJK fonts, as ``peers.sh pandoc``."""
    ref = OUT / "reference_cjk.docx"
    if not ref.exists():
        default = OUT / "default_reference.docx"
        subprocess.run(
            ["pandoc", "-o", str(default), "--print-default-data-file", "reference.docx"],
            check=True,
        )
        subprocess.run(
            [sys.executable, str(SHARED_BENCH / "make_refdoc.py"), str(default), str(ref)],
            check=True,
            capture_output=True,
        )
    return ref


def docx_text_counts(docx: Path) -> dict:
    """Characters in the body, so the table can show both files hold the same text."""
    with zipfile.ZipFile(docx) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    text = "".join(re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", xml))
    return {
        "w_p": xml.count("<w:p>") + xml.count("<w:p "),
        "cjk_chars": len(CJK.findall(text)),
        "latin_letters": len(LATIN.findall(text)),
    }


def pdf_pages(docx: Path) -> dict:
    """Render once with LibreOffice headless and count pages (not timed)."""
    pdf_dir = OUT / "pdf"
    pdf_dir.mkdir(exist_ok=True)
    pdf = pdf_dir / (docx.stem + ".pdf")
    pdf.unlink(missing_ok=True)
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--norestore",
            f"-env:UserInstallation={LO_PROFILE}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(pdf_dir),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=1800,
    )
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    fields = dict(line.split(":", 1) for line in info.stdout.splitlines() if ":" in line)
    return {"pages": int(fields["Pages"]), "page_size": fields["Page size"].strip()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="timed runs per tool and round")
    parser.add_argument(
        "--rounds", type=int, default=1, help="times through all tools, in turn (runs pool)"
    )
    parser.add_argument(
        "--no-extras", action="store_true", help="skip the side-by-side and tw rows"
    )
    parser.add_argument("--no-pages", action="store_true", help="skip the LibreOffice page count")
    args = parser.parse_args()
    magazine_md = CORPUS / "magazine.md"
    workbench = ROOT / ".venv" / "bin" / "workbench"
    for needed in (magazine_md, workbench):
        if not needed.exists():
            print(f"missing {needed}: run `bash ../shared/bench/peers.sh setup corpus` first")
            return 2
    for tool in ("pandoc", "hyperfine") + (() if args.no_pages else ("soffice", "pdfinfo")):
        if shutil.which(tool) is None:
            print(f"missing {tool}: run `bash ../shared/bench/peers.sh setup` first")
            return 2
    OUT.mkdir(parents=True, exist_ok=True)
    magazine = read_magazine(magazine_md)
    workspace, issue = cached_workspace(magazine_md, magazine)
    content = (
        f"{len(magazine.articles)} articles, {magazine.pairs:,} zh/en paragraph pairs,"
        f" {magazine.subheadings} bilingual subheadings"
    )
    print(f"{magazine_md.name}: {content}; workspace {workspace.name}, issue {issue}")
    results = OUT / "results.jsonl"
    publish = f"{workbench} --workspace {workspace} publish {issue}"
    ref = reference_doc()
    # name, tool, what it does, command, output file
    plan = [
        (
            "workbench_publish_interleaved",
            "workbench publish",
            "interleaved zh/en, default template, cover + contents, 10 sections",
            f"{publish} --docx {OUT / 'ours_interleaved.docx'}",
            OUT / "ours_interleaved.docx",
        ),
        (
            "pandoc_md_docx",
            "pandoc",
            "magazine.md → DOCX, default styles",
            f"pandoc -f markdown -t docx -o {OUT / 'pandoc.docx'} {magazine_md}",
            OUT / "pandoc.docx",
        ),
        (
            "pandoc_md_docx_refdoc",
            "pandoc --reference-doc",
            "same, with the A4 / Noto CJK reference doc of peers.sh",
            f"pandoc -f markdown -t docx --reference-doc={ref}"
            f" -o {OUT / 'pandoc_ref.docx'} {magazine_md}",
            OUT / "pandoc_ref.docx",
        ),
    ]
    if not args.no_extras:
        plan += [
            (
                "workbench_publish_side_by_side",
                "workbench publish --layout side-by-side",
                "zh | en two-column table per article",
                f"{publish} --layout side-by-side --docx {OUT / 'ours_side_by_side.docx'}",
                OUT / "ours_side_by_side.docx",
            ),
            (
                "workbench_publish_tw",
                "workbench publish --script tw",
                "interleaved, Taiwan traditional edition (OpenCC, corner quotes)",
                f"{publish} --script tw --docx {OUT / 'ours_tw.docx'}",
                OUT / "ours_tw.docx",
            ),
        ]
    label = f"{magazine_md.name}: {content}"
    rows: dict[str, dict] = {}
    # This VM's speed drifts by ±20 % over minutes, so the tools take turns: every round
    # times each of them (hf.py, --runs each), and the rows pool the rounds' runs.
    for _ in range(args.rounds):
        for name, tool, what, command, output in plan:
            load = round(os.getloadavg()[0], 2)
            timing = hyperfine(name, label, command, args.runs, results)
            row = rows.setdefault(
                name,
                {"tool": tool, "what": what, "output": str(output), "cmd": timing["cmd"]},
            )
            row.setdefault("rounds", []).append(
                {"load1": load, **{k: timing[k] for k in ("median_s", "times_s", "rss_mb")}}
            )
    for row in rows.values():
        row.update(_pooled(row["rounds"]))
    # Untimed, after every timed run so LibreOffice never competes with them.
    for row in rows.values():
        output = Path(row["output"])
        row.update(docx_text_counts(output), docx_kb=round(output.stat().st_size / 1024))
        if not args.no_pages:
            row.update(pdf_pages(output))
    # Ratios on medians: one slow run (another session's burst) moves a mean of 3 a lot.
    pandoc_median = rows["pandoc_md_docx"]["median_s"]
    summary = {
        "input": {
            "magazine_md": str(magazine_md),
            "articles": len(magazine.articles),
            "paragraph_pairs": magazine.pairs,
            "subheadings": magazine.subheadings,
            "sections": SECTIONS,
            "workspace": str(workspace),
            "issue": issue,
            "runs_per_round": args.runs,
            "rounds": args.rounds,
        },
        "rows": rows,
    }
    (DATA / "publish_peers.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2))
    print(
        "| tool | what it does | mean ± sd | median | peak RSS | pages | body chars (CJK / Latin)"
        " | ratio vs pandoc (medians) |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for row in rows.values():
        what = row["what"].replace("|", "\\|")
        print(
            f"| `{row['tool']}` | {what} | {row['mean_s']:.2f} ± {row['stddev_s']:.2f} s"
            f" | {row['median_s']:.2f} s | {row['rss_max_mb']:.0f} MiB | {row.get('pages', '–')}"
            f" | {row['cjk_chars']:,} / {row['latin_letters']:,}"
            f" | {row['median_s'] / pandoc_median:.2f} |"
        )
    ours, peer = rows["workbench_publish_interleaved"], rows["pandoc_md_docx"]
    per_round = [
        a["median_s"] / b["median_s"] for a, b in zip(ours["rounds"], peer["rounds"], strict=True)
    ]
    print("ratio ours/pandoc by round (medians): " + ", ".join(f"{r:.2f}" for r in per_round))
    return 0


if __name__ == "__main__":
    sys.exit(main())
