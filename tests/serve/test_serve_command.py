"""``wirewatch serve`` as a command: its arguments, a missing database, and the server call."""

from __future__ import annotations

import argparse

import pytest

from wirewatch.serve import command


def parse(argv):
    parser = argparse.ArgumentParser(prog="wirewatch")
    handlers = command.add_parser(parser.add_subparsers(dest="command"))
    return handlers, parser.parse_args(argv)


def test_defaults():
    handlers, args = parse(["serve"])
    assert set(handlers) == {"serve"}
    assert (args.host, args.port, str(args.db)) == ("127.0.0.1", 8765, "wirewatch.db")


@pytest.mark.parametrize("port", ["0", "65536", "http", "-1"])
def test_bad_ports_are_usage_errors(port, capsys):
    with pytest.raises(SystemExit) as exit_:
        parse(["serve", "--port", port])
    assert exit_.value.code == 2
    assert "port" in capsys.readouterr().err


def test_missing_database_exits_2_with_a_message(tmp_path, capsys, monkeypatch):
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: pytest.fail("server started"))
    handlers, args = parse(["serve", "--db", str(tmp_path / "absent.db")])
    assert handlers["serve"](args) == 2
    err = capsys.readouterr().err
    assert "no database at" in err and "wirewatch ingest" in err and "Traceback" not in err


def test_serves_the_database_on_the_given_address(db, monkeypatch, capsys):
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    handlers, args = parse(["serve", "--db", str(db), "--port", "9001"])
    assert handlers["serve"](args) == 0
    ((app, kw),) = calls
    assert (kw["host"], kw["port"]) == ("127.0.0.1", 9001)
    assert app.state.db_path == db
    assert "http://127.0.0.1:9001/" in capsys.readouterr().err


def test_only_a_loopback_server_pins_host_names(db, monkeypatch, capsys):
    assert "localhost" in command.allowed_hosts("127.0.0.1")
    assert command.allowed_hosts("0.0.0.0") is None
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: None)
    handlers, args = parse(["serve", "--db", str(db), "--host", "0.0.0.0"])
    assert handlers["serve"](args) == 0
    assert "without authentication" in capsys.readouterr().err
