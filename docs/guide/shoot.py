"""Screenshots for the user guide, taken from the real app on a temporary sample workspace.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/guide/shoot.py \
        [--lang en|zh_CN] [--only SCENE,…]

Each language runs in its own process (translators are installed before any window is
built, as the app does) with its own temporary workspace, data, config and QSettings
folders; the user's data and settings are never touched. Pictures go to
``docs/guide/images/<scene>-<lang>.png``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from datetime import time as dtime
from pathlib import Path

HERE = Path(__file__).resolve().parent
IMAGES = HERE / "images"
LANGUAGES = ("en", "zh_CN")
WINDOW_SIZE = (1200, 800)

# Sample document 1 (谷雨, zh→en): segments 1–8; document 2 (夜市): 9–16, 12–16 empty.
VISITORS = "据统计，夜市每晚接待游客约1.5万人次，节假日更是超过3万人次。"
HEADING = "一条街，三万人"
TM_PAIRS = [
    (VISITORS, "Statistics show that the night market receives about 15,000 visitors a night."),
    (
        "据统计，夜市每晚接待游客约2万人次，节假日更是超过3万人次。",
        "The night market receives about 20,000 visitors a night, over 30,000 on holidays.",
    ),
    (
        "夜市每晚接待游客约1.5万人次。",
        "The night market receives about 15,000 visitors every night.",
    ),
    ("夜市是城市的一张名片。", "The night market is a calling card of the city."),
    ("老街的夜市重新开张。", "The night market in the old street has reopened."),
]
CANDIDATE_PAIRS = [
    ("黄河文化月期间，郑州举办了多场音乐会。",
     "Several concerts were held in Zhengzhou during the Yellow River Culture Month."),
    ("今年的黄河文化月吸引了大批游客。",
     "This year's Yellow River Culture Month attracted many tourists."),
    ("外国留学生参加了黄河文化月开幕式。",
     "International students attended the opening of the Yellow River Culture Month."),
    ("黄河文化月以诗歌朗诵拉开序幕。",
     "The Yellow River Culture Month opened with a poetry reading."),
    ("博物馆为黄河文化月推出特展。",
     "The museum launched a special exhibition for the Yellow River Culture Month."),
    ("大运河沿岸的城市正在修复古桥。", "Cities along the Grand Canal are restoring old bridges."),
    ("游客乘船游览大运河。", "Visitors toured the Grand Canal by boat."),
    ("大运河博物馆今天开馆。", "The Grand Canal Museum opened today."),
    ("专家讨论了大运河的保护。", "Experts discussed the protection of the Grand Canal."),
]  # fmt: skip
ALIGN_ZH = (
    "公园里有很多人。孩子们在草地上放风筝，老人们在湖边下棋。"
    "今年公园新修了2公里的步道。市民都很满意。傍晚，大家回家吃晚饭。"
)
ALIGN_EN = (
    "There are many people in the park. Children fly kites on the grass and old people play"
    " chess by the lake. This year the park built a new 2-kilometre trail, and residents are"
    " pleased with it. Admission is free. In the evening we go home for dinner."
)


def tmx_text() -> str:
    units = "".join(
        f'<tu><tuv xml:lang="zh-CN"><seg>{zh}</seg></tuv><tuv xml:lang="en-US"><seg>{en}</seg>'
        "</tuv></tu>"
        for zh, en in TM_PAIRS
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="zh-CN"'
        ' datatype="plaintext" segtype="sentence" adminlang="en" creationtool="guide"'
        f' creationtoolversion="1" o-tmf="guide"/><body>{units}</body></tmx>\n'
    )


# --- one language, in its own process --------------------------------------------------------
def isolate(root: Path) -> None:
    """Point every folder the app (and Qt's QSettings) writes to into ``root``."""
    for name, sub in (
        ("WORKBENCH_DATA_DIR", "data"),
        ("WORKBENCH_CONFIG_DIR", "config"),
        ("XDG_CONFIG_HOME", "xdg-config"),
        ("XDG_DATA_HOME", "xdg-data"),
        ("XDG_CACHE_HOME", "xdg-cache"),
        ("HOME", "home"),
    ):
        folder = root / sub
        folder.mkdir(parents=True, exist_ok=True)
        os.environ[name] = str(folder)
    os.environ["WORKBENCH_AUTHOR"] = "Lin Xiaoyu"
    os.environ.pop("WORKBENCH_WORKSPACE", None)


class Shooter:
    def __init__(self, lang: str, root: Path, only: set[str]) -> None:
        self.lang, self.root, self.only = lang, root, only
        self.taken: list[str] = []

    def wanted(self, scene: str) -> bool:
        return not self.only or scene in self.only

    def settle(self, ms: int = 250) -> None:
        from PySide6.QtWidgets import QApplication

        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            QApplication.processEvents()
            time.sleep(0.01)

    def wait(self, condition: Callable[[], bool], timeout: float = 20.0, what: str = "") -> None:
        from PySide6.QtWidgets import QApplication

        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                raise TimeoutError(f"{self.lang}: timed out waiting for {what}")
            QApplication.processEvents()
            time.sleep(0.02)

    def save(self, widget: object, scene: str) -> None:
        self.settle()
        pixmap = widget.grab()  # type: ignore[attr-defined]
        IMAGES.mkdir(parents=True, exist_ok=True)
        path = IMAGES / f"{scene}-{self.lang}.png"
        if not pixmap.toImage().save(str(path), "PNG", 0):  # quality 0: smallest file
            raise OSError(f"could not write {path}")
        self.taken.append(scene)
        print(f"  {path.relative_to(HERE.parent.parent)}  {pixmap.width()}×{pixmap.height()}")


def modal_grabs(shooter: Shooter) -> dict[str, object]:
    """Replace QDialog.exec so a modal dialog is shown, photographed and rejected.

    ``state["scene"]`` names the next picture; ``state["prepare"]`` may fill it in first."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    state: dict[str, object] = {"scene": None, "prepare": None}

    def fake_exec(dialog: QDialog) -> int:
        scene = state["scene"]
        dialog.show()
        prepare = state["prepare"]
        if callable(prepare):
            prepare(dialog)
        shooter.settle(300)
        if scene:
            shooter.save(dialog, str(scene))
        state["scene"] = state["prepare"] = None
        dialog.reject()
        return 0

    QDialog.exec = fake_exec  # type: ignore[method-assign]
    QMessageBox.exec = fake_exec  # type: ignore[method-assign]
    return state


def run_language(lang: str, only: set[str]) -> list[str]:
    root = Path(tempfile.mkdtemp(prefix=f"workbench-guide-{lang}-"))
    isolate(root)

    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from workbench.gui.app import create_app, open_context
    from workbench.gui.i18n import install_translators
    from workbench.gui.main_window import MainWindow
    from workbench.gui.themes import apply_theme
    from workbench.sample import ensure_sample_workspace

    app = create_app(["shoot"])
    families = set(QFontDatabase.families())
    wanted = "Noto Sans CJK SC" if lang == "zh_CN" else "Noto Sans"
    if wanted in families:
        app.setFont(QFont(wanted, 10))
    translators = install_translators(app, lang)
    if lang != "en" and not translators:
        raise SystemExit(f"no translation for {lang}")

    location = str(root / "guide.db")
    ensure_sample_workspace(location).close()
    context = open_context(location, sample=False, language=lang)
    apply_theme(app, context.preferences.theme)
    win = MainWindow(context)
    errors: list[str] = []
    win.report_error = lambda message, details="": errors.append(message)  # type: ignore[method-assign]
    win.resize(*WINDOW_SIZE)
    win.show()
    shooter = Shooter(lang, root, only)
    modal = modal_grabs(shooter)
    shooter.settle(500)
    try:
        scenes(shooter, win, context, modal)
    finally:
        if errors:
            print(f"  app reported: {errors}", file=sys.stderr)
        win.close_document()
        QApplication.processEvents()
        context.workspace.close()
        del translators
        shutil.rmtree(root, ignore_errors=True)
    return shooter.taken


def scenes(s: Shooter, win: object, context: object, modal: dict[str, object]) -> None:
    from PySide6.QtCore import QThreadPool

    from workbench.editor.workflow import confirm

    ws = context.workspace  # type: ignore[attr-defined]
    lang = s.lang

    def set_target(segment_id: int, text: str) -> None:
        with ws.session() as session:
            confirm(session, segment_id, text, author="Lin Xiaoyu", propagate=False)

    def docks(*shown: object) -> None:
        """Show only these docks (the editor gets the rest of the window)."""
        for dock in (win.navigatorDock, win.termDock, win.tmDock, win.qaDock, win.historyDock):
            dock.setVisible(dock in shown)
        for dock in shown:
            dock.raise_()
        s.settle(200)

    # 1 The window, as it opens on the sample workspace.
    if s.wanted("window"):
        win.navigatorDock.raise_()
        s.save(win, "window")

    # 2 The editor: a document open, a segment selected, term hits beside it.
    win.open_document(1)
    view = win.view
    view.go_to_segment(3, edit=False)
    docks(win.termDock, win.historyDock)
    s.settle(600)
    if s.wanted("editor"):
        s.save(win, "editor")

    # Segment history after two confirmations of the same segment.
    if s.wanted("history"):
        row = view.model.row_data(3)
        set_target(row.id, "Around April 20, rain increases and the crops grow well.")
        set_target(row.id, row.target)
        win.close_document()
        win.open_document(1)
        win.view.go_to_segment(row.id, edit=False)
        s.settle(300)
        modal["scene"] = "history"
        win.show_history()

    # 3 Term base manager, term candidates.
    if s.wanted("termbase-manager") or s.wanted("term-candidates") or s.wanted("term-import"):
        win.show_termbase_manager()
        manager = win._termbase_manager
        manager.resize(1150, 720)
        s.wait(lambda: not manager.model.loading, what="term base")
        s.settle(400)
        if s.wanted("termbase-manager"):
            manager.raise_()
            s.save(manager, "termbase-manager")
        if s.wanted("term-candidates"):
            from workbench.tm.store import NewUnit, add_units

            with ws.session() as session:
                add_units(
                    session,
                    [
                        NewUnit("zh-CN", "en-US", zh, en, origin="aligned")
                        for zh, en in CANDIDATE_PAIRS
                    ],
                )
            dialog = manager.term_candidates()
            done: list[bool] = []
            dialog.finished_search.connect(lambda: done.append(True))
            s.wait(lambda: bool(done) or dialog.candidateTable.rowCount() > 0, what="candidates")
            dialog.resize(1000, 620)
            if dialog.candidateTable.rowCount():
                dialog.candidateTable.selectRow(0)
            s.settle(400)
            s.save(dialog, "term-candidates")
            dialog.close()
        if s.wanted("term-import"):
            glossary = s.root / "城市术语.csv"
            glossary.write_text(
                "中文术语,英文译名,禁用译法,领域,备注\n"
                "一带一路倡议,Belt and Road Initiative | BRI,One Belt One Road,政策,官方译法\n"
                "泉城,City of Springs,,城市品牌,济南\n"
                "山城,Mountain City,,城市品牌,重庆\n",
                "utf-8",
            )
            wizard = manager.import_dialog(glossary)
            s.wait(lambda: wizard.inspection is not None, what="glossary inspection")
            previewed: list[bool] = []
            wizard.previewed.connect(lambda *args: previewed.append(True))
            wizard.next()
            s.wait(lambda: bool(previewed), what="import preview")
            wizard.resize(900, 560)
            s.save(wizard, "term-import")
            wizard.reject()
        manager.close()

    # 4 QA: three problems in document 1, F7, the panel, one finding selected.
    if s.wanted("qa-panel") or s.wanted("qa-profiles"):
        win.close_document()
        set_target(3, "Grain Rain is the the sixth solar term.")
        set_target(5, "Chongqings old teahouse serves 500 cups of tea a day.")
        set_target(7, "This year the teahouse opened a class,for children.")
        win.open_document(1)
        if s.wanted("qa-panel"):
            before = win.qa.runs_done
            win.actions_by_name["qa_run"].trigger()
            s.wait(lambda: win.qa.runs_done > before, what="QA run")
            docks(win.termDock, win.qaDock)
            from PySide6.QtCore import Qt

            win.resizeDocks([win.termDock, win.qaDock], [170, 560], Qt.Orientation.Vertical)
            win.resizeDocks([win.qaDock], [470], Qt.Orientation.Horizontal)
            panel = win.qa.panel
            live = win.qa.live
            chosen = next((f for f in live.findings if f.check == "repeated-word"), None)
            if chosen is not None:
                panel.select_finding(chosen)
                panel.finding_activated.emit(chosen)
            s.settle(600)
            s.save(win, "qa-panel")
        if s.wanted("qa-profiles"):
            from workbench.gui.dialogs.preferences import PreferencesDialog

            prefs = PreferencesDialog(win, context.preferences, ws, lang)
            from PySide6.QtWidgets import QTabWidget

            tabs = prefs.findChildren(QTabWidget)
            for tab in tabs:
                for i in range(tab.count()):
                    if (
                        "QA" in tab.tabText(i)
                        or "质检" in tab.tabText(i)
                        or "质量" in tab.tabText(i)
                    ):
                        tab.setCurrentIndex(i)
            prefs.resize(900, 640)
            prefs.show()
            s.save(prefs, "qa-profiles")
            prefs.close()

    # 2 (cont.) TM panel after importing a small TMX; concordance.
    if s.wanted("tm-panel") or s.wanted("concordance"):
        tmx = s.root / "back-issues.tmx"
        tmx.write_text(tmx_text(), "utf-8")
        win.close_document()
        win.open_document(2)
        imported: list[object] = []
        win.tm.imported.connect(lambda *args: imported.append(args))
        win.tm.import_tmx(tmx)
        s.wait(lambda: bool(imported), what="TMX import")
        win.view.go_to_segment(13, edit=False)
        docks(win.tmDock)
        s.wait(lambda: len(win.tm.panel.matches) >= 2, what="TM matches")
        s.settle(500)
        if s.wanted("tm-panel"):
            s.save(win, "tm-panel")
        if s.wanted("concordance"):
            docks(win.tmDock)
            win.tm.concordance_dock.show()
            win.tm.concordance_dock.raise_()
            concordance = win.tm.concordance
            searched: list[object] = []
            concordance.searched.connect(lambda *args: searched.append(args))
            concordance.search_for("夜市")
            s.wait(lambda: bool(searched), what="concordance")
            s.settle(1200)
            s.save(win, "concordance")

    # 5 Planner: a solar-term series in one action, the month calendar, workload, timeline.
    if any(
        s.wanted(x)
        for x in ("planner-month", "solar-series", "planner-workload", "planner-timeline")
    ):
        from workbench.models.planner_enums import Stage
        from workbench.planner import store
        from workbench.planner.generators import generate_solar_term_series
        from workbench.planner.store_people import seed_channels

        seed_channels(ws)
        li = store.add_person(ws, "Li Na", roles="translator", weekly_hours=6).id
        wang = store.add_person(ws, "Wang Fang", roles="editor", weekly_hours=10).id
        generate_solar_term_series(
            ws,
            name_zh="二十四节气 2027",
            name_en="24 Solar Terms 2027",
            year=2027,
            publish_time=dtime(8, 0),
            channels=["WeChat", "Facebook"],
            team={Stage.TRANSLATION: li, Stage.REVIEW: wang},
            effort={Stage.TRANSLATION: 4, Stage.REVIEW: 2},
        )
        campaign = store.add_campaign(
            ws,
            name_zh="黄河文化月 2027",
            name_en="Yellow River Culture Month 2027",
            start_date=date(2027, 3, 8),
            end_date=date(2027, 4, 9),
            kpi_targets={"views": 10000, "shares": 500},
        )
        for zh, en, day in (
            ("黄河边的外国朋友", "Foreign Friends on the Yellow River", 10),
            ("一碗烩面里的郑州", "Zhengzhou in a Bowl of Noodles", 17),
            ("黄河文化月开幕", "Yellow River Culture Month Opens", 8),
        ):
            store.add_item(
                ws,
                title_zh=zh,
                title_en=en,
                publish_at=datetime(2027, 3, day, 10, 0),
                campaign_id=campaign.id,
            )
        # "Foreigners in Zhengzhou": a translation due in the same week as 立春's → overload.
        extra = store.add_item(
            ws,
            title_zh="外国人在郑州：过年",
            title_en="Foreigners in Zhengzhou: New Year",
            publish_at=datetime(2027, 2, 16, 10, 0),
        )
        store.set_stage(
            ws,
            extra.id,
            Stage.TRANSLATION,
            due=datetime(2027, 1, 27, 18, 0),
            assignee_id=li,
            effort_hours=3,
        )
        planner = win.planner.open_planner("month")
        planner.resize(*WINDOW_SIZE)
        planner.reload_filters()
        planner.go_to(date(2027, 3, 1))
        planner.show_tab("month")
        s.settle(600)
        if s.wanted("planner-month"):
            s.save(planner, "planner-month")
        if s.wanted("solar-series"):
            from workbench.gui.planner import data
            from workbench.gui.planner.dialogs import SolarSeriesDialog

            choices = data.load_choices(ws)
            dialog = SolarSeriesDialog(planner, lang, choices.channels, choices.people)
            dialog.yearSpin.setValue(2028)
            dialog.show()
            s.save(dialog, "solar-series")
            dialog.close()
        if s.wanted("planner-workload"):
            planner.go_to(date(2027, 1, 18))
            planner.show_tab("workload")
            s.settle(600)
            s.save(planner, "planner-workload")
        if s.wanted("planner-timeline"):
            planner.go_to(date(2027, 3, 1))
            planner.show_tab("timeline")
            s.settle(600)
            s.save(planner, "planner-timeline")
        planner.close()

    # 6 Issue assembly, publish dialog, review document out and back.
    win.close_document()
    win.open_document(1)
    if s.wanted("issue-assembly"):
        assembly = win.publishing.open_assembly()
        assembly.resize(1100, 520)
        assembly.select("articles", [1])
        s.settle(500)
        s.save(assembly, "issue-assembly")
        assembly.close()
    if s.wanted("publish"):
        issue = win.publishing._current_issue()
        dialog = win.publishing.make_publish_dialog(issue)
        dialog.outputEdit.setText("/home/lin/Documents/world-and-city-2026-01.docx")
        dialog.show()
        s.save(dialog, "publish")
        dialog.close()
    if s.wanted("review-export"):
        from workbench.gui.publishing.review_dialogs import ReviewExportDialog

        controller = win.publishing
        dialog = ReviewExportDialog(
            win,
            "谷雨：一杯新茶里的春天",
            Path("/home/lin/Documents/谷雨-review-1.docx"),
            controller._status_counts(1),
        )
        dialog.show()
        s.save(dialog, "review-export")
        dialog.close()
    if s.wanted("review-import"):
        import docx

        from workbench.gui.publishing.review_dialogs import ReviewImportResultDialog
        from workbench.publishing.review import export_review_docx

        review = s.root / "review-1.docx"
        win.close_document()
        export_review_docx(ws, 1, review, author="Lin Xiaoyu")
        rows = {}
        with ws.session() as session:
            from sqlmodel import select

            from workbench.editor.grid import fetch_rows
            from workbench.models import Segment

            ids = [sid for sid in session.exec(select(Segment.id).where(Segment.document_id == 1))]
            rows = fetch_rows(session, ids)
        by_number = sorted(rows.values(), key=lambda r: r.number)
        first, second = by_number[3], by_number[7]
        document = docx.Document(str(review))
        for table in document.tables:
            for row in table.rows:
                for cell in row.cells:
                    if cell.text == first.target:
                        cell.paragraphs[0].runs[0].text = (
                            "Around 20 April each year the rains increase,"
                            " and the crops in the fields grow fast."
                        )
                        for extra in cell.paragraphs[0].runs[1:]:
                            extra.text = ""
                    elif cell.text == second.target:
                        cell.paragraphs[0].runs[
                            0
                        ].text = "Master Wang pours tea for his guests in the teahouse."
                        for extra in cell.paragraphs[0].runs[1:]:
                            extra.text = ""
        document.save(str(review))
        set_target(second.id, "Master Wang makes tea for guests in his teahouse.")
        win.open_document(1)
        controller = win.publishing
        controller.last_dialog = None
        controller.read_review(review)
        s.wait(
            lambda: isinstance(controller.last_dialog, ReviewImportResultDialog),
            what="review import",
        )
        result = controller.last_dialog
        result.resize(1180, 420)
        tabs = result.resultTabs
        for i in range(tabs.count()):
            if "onflict" in tabs.tabText(i) or "冲突" in tabs.tabText(i):
                tabs.setCurrentIndex(i)
        from PySide6.QtWidgets import QTreeView

        for tree in result.findChildren(QTreeView):
            for column in range(tree.model().columnCount()):
                tree.resizeColumnToContents(column)
        s.save(result, "review-import")
        result.close()

    # 7 Alignment review of a paragraph whose translation is one block.
    if s.wanted("alignment"):
        from workbench.documents.store import store_draft
        from workbench.importers.draft import DraftBlock, DraftDocument, DraftSegment
        from workbench.models.enums import BlockKind, Language

        draft = DraftDocument(
            Language.ZH,
            Language.EN,
            [
                DraftBlock(
                    BlockKind.PARAGRAPH, ALIGN_ZH, segments=[DraftSegment(ALIGN_ZH, ALIGN_EN)]
                )
            ],
            title_zh="公园的一天",
            title_en="A Day in the Park",
        )
        with ws.session() as session:
            document_id = store_draft(session, draft, author="Lin Xiaoyu").id
        win.close_document()
        win.open_document(document_id)
        opened: list[object] = []
        win.tm.review_opened.connect(lambda review: opened.append(review))
        win.tm.actions["align"].trigger()
        s.wait(lambda: bool(opened), what="alignment window")
        review = opened[0]
        s.wait(lambda: review.result is not None, what="alignment")
        from PySide6.QtWidgets import QSpinBox

        for spin in review.findChildren(QSpinBox):
            spin.setValue(90)  # highlight the links worth a second look
        review.resize(1100, 440)
        s.settle(500)
        s.save(review, "alignment")
        review.close()

    QThreadPool.globalInstance().waitForDone(10_000)


# --- driver ----------------------------------------------------------------------------------
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=LANGUAGES)
    parser.add_argument("--only", default="", help="comma-separated scene names")
    args = parser.parse_args()
    only = {x for x in args.only.split(",") if x}
    if args.lang:
        taken = run_language(args.lang, only)
        print(f"{args.lang}: {len(taken)} scenes: {', '.join(taken)}")
        return 0
    failed = 0
    for lang in LANGUAGES:
        command = [sys.executable, __file__, "--lang", lang]
        if args.only:
            command += ["--only", args.only]
        failed |= subprocess.run(command, check=False).returncode
    return failed


if __name__ == "__main__":
    sys.exit(main())
