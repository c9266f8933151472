"""Bad input: one stderr line naming the input and the reason, exit 1, the rest processed."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from wirewatch.cli import main

GOOD = "Border guards reported calm on Monday.\n\nThe ministry said talks would resume."


@pytest.fixture
def good(tmp_path: Path) -> Path:
    p = tmp_path / "good.txt"
    p.write_text("Calm on the border\n\n" + GOOD, encoding="utf-8")
    return p


def run(args: list[str], capsys) -> tuple[int, list[dict], list[str]]:
    code = main(args)
    out, err = capsys.readouterr()
    docs = [json.loads(line) for line in out.splitlines() if line.strip()]
    return code, docs, [e for e in err.splitlines() if e.strip()]


def bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """name -> (path, expected words in the reason)."""
    d = tmp_path / "bad"
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (d / "latin.txt").write_bytes("Caf\xe9 au lait\n".encode("latin-1") * 5)
    (d / "records.jsonl").write_text('{"text": "A fine record about a border."}\n{not json\n')
    empty_dir = d / "nothing"
    empty_dir.mkdir()
    (empty_dir / "notes.bin").write_bytes(b"x")
    big = d / "big.txt"
    with big.open("wb") as fh:
        fh.write(b"word " * (10 * 1024 * 1024))  # 50 MB
    deep = d / "deep.html"
    deep.write_text("<html><body>" + "<div>" * 10_000 + "deep text" + "</div>" * 10_000)
    return {
        "missing": (d / "missing.txt", "no such file"),
        "empty": (d / "empty.txt", "empty"),
        "binary": (d / "binary.txt", "binary"),
        "latin": (d / "latin.txt", "UTF-8"),
        "jsonl": (d / "records.jsonl", "malformed JSON"),
        "emptydir": (empty_dir, "no inputs"),
        "big": (big, "limit"),
        "deep": (deep, "nested"),
    }


def test_each_bad_input_reported_once_and_good_input_still_processed(
    tmp_path: Path, good: Path, capsys
) -> None:
    bad = bad_inputs(tmp_path)
    args = ["extract", str(good)] + [str(p) for p, _ in bad.values()] + [str(good)]
    code, docs, errors = run(args, capsys)
    assert code == 1
    # the good file twice, and the valid first record of the JSONL file
    assert len(docs) == 3
    assert all("Border guards" in d["body"] or "fine record" in d["body"] for d in docs)
    for key, (path, reason) in bad.items():
        hits = [e for e in errors if str(path) in e]
        assert len(hits) == 1, f"{key}: expected one error line, got {hits}"
        assert reason.lower() in hits[0].lower(), f"{key}: {hits[0]}"
    assert not any("Traceback" in e for e in errors)


def test_cli_subprocess_has_no_traceback_and_exit_1(tmp_path: Path, good: Path) -> None:
    bin_file = tmp_path / "x.html"
    bin_file.write_bytes(b"\x00\x01\x02" * 100)
    proc = subprocess.run(
        [sys.executable, "-m", "wirewatch", "extract", str(bin_file), str(good)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip().startswith(f"wirewatch: {bin_file}")
    assert len(proc.stdout.splitlines()) == 1


def test_usage_errors_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["extract", "x.txt", "--published", "last Friday"])
    assert exc.value.code == 2
    assert "ISO 8601" in capsys.readouterr().err
    assert main([]) == 2


def test_gzip_bomb_is_stopped(tmp_path: Path, good: Path, capsys) -> None:
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"<p>" + b"a" * 30_000_000 + b"</p>"))
    code, docs, errors = run(["extract", str(bomb), str(good)], capsys)
    assert code == 1 and len(docs) == 1
    assert "decompresses to over" in errors[0]


def test_time_limit_option_reports_slow_documents(tmp_path: Path, capsys) -> None:
    page = tmp_path / "slow.html"
    paras = "".join(f"<p>Paragraph {i} about the border and the ministry.</p>" for i in range(3000))
    page.write_text(f"<html><body><article>{paras}</article></body></html>")
    code, docs, errors = run(["extract", str(page), "--time-limit", "0.001"], capsys)
    assert code == 1 and not docs
    assert "took longer than" in errors[0]
