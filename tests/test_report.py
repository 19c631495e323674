"""``newsarchive report``: one self-contained HTML file that renders every chart in a
headless Chromium without script errors and without the network."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import sample_archive

from newsarchive.cli import main
from newsarchive.dataset import to_duckdb
from newsarchive.export.report import CHART_IDS, COLUMNS, COVERAGE, DAILY, OFFICIALS

pytestmark = pytest.mark.e2e

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000"]
PROBE = """<script>
window.addEventListener("load", () => setTimeout(() => {
  const canvases = [];
  const visit = (root) => root.querySelectorAll("*").forEach((el) => {
    if (el.tagName === "CANVAS" && el.width > 0 && el.height > 0) canvases.push(el);
    if (el.shadowRoot) visit(el.shadowRoot);
  });
  visit(document);
  const doc = window.Bokeh && Bokeh.documents[0];
  const points = {};
  for (const model of doc ? doc.all_models : []) {
    if (model.name) points[model.name] = model.renderers[0].data_source.get_length();
  }
  const probe = document.createElement("pre");
  probe.id = "probe";
  probe.textContent = JSON.stringify({canvases: canvases.length, points});
  document.body.appendChild(probe);
}, 2000));
</script>"""


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample_archive.build(tmp_path_factory.mktemp("sample") / "data")


def _chromium(*args: str) -> subprocess.CompletedProcess[str]:
    assert BROWSER is not None
    return subprocess.run([BROWSER, *FLAGS, *args], capture_output=True, text=True,
                          timeout=120, check=False)


@pytest.mark.skipif(BROWSER is None, reason="chromium is not installed (.ci/run installs it)")
def test_the_report_renders_every_chart_offline(sample: Path, tmp_path: Path) -> None:
    assert main(["report", "--out", str(sample)]) == 0
    report = sample / "report.html"
    page = report.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=|<link[^>]+href=\"?https?:", page)
    probed = tmp_path / "probed.html"
    probed.write_text(page.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    run = _chromium("--dump-dom", probed.as_uri())
    errors = [line for line in run.stderr.splitlines()
              if "CONSOLE" in line and re.search(r"Uncaught|Error", line)]
    assert errors == []
    found = re.search(r'<pre id="probe">(.*?)</pre>', run.stdout)
    assert found, run.stdout[-500:]
    probe = json.loads(found.group(1).replace("&quot;", '"'))
    assert set(probe["points"]) == set(CHART_IDS)
    assert all(points > 0 for points in probe["points"].values()), probe
    assert probe["canvases"] >= len(CHART_IDS)
    shot = _chromium(f"--screenshot={tmp_path / 'report.png'}", "--window-size=1200,2400",
                     report.as_uri())
    assert shot.returncode == 0 and (tmp_path / "report.png").stat().st_size > 10_000


def test_report_goes_where_asked_and_a_bad_folder_is_one_line(
        sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "r" / "coverage.html"
    assert main(["report", str(target), "--out", str(sample), "--site", "baolaocai"]) == 0
    assert target.stat().st_size < 5_000_000
    assert "baolaocai" in target.read_text(encoding="utf-8")
    assert main(["export", str(tmp_path / "export"), "--out", str(sample)]) == 0
    from_export = tmp_path / "from-export.html"
    assert main(["report", str(from_export), "--out", str(sample), "--from",
                 str(tmp_path / "export"), "--site", "baolaocai"]) == 0
    assert from_export.stat().st_size > 0
    archived, exported = to_duckdb(sample, columns=COLUMNS), \
        to_duckdb(tmp_path / "export", columns=COLUMNS)
    for query in (DAILY, COVERAGE, OFFICIALS):  # what the charts draw
        assert archived.execute(query).fetchall() == exported.execute(query).fetchall()
    assert main(["report", "--out", str(tmp_path / "none")]) == 2
    assert capsys.readouterr().err.splitlines()[-1].startswith("newsarchive: ")

