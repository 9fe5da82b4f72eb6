"""Encrypted operation files through the command line, as a user or a script runs it: the passphrase from
PIM_DESKTOP_PASSPHRASE (a script) or nowhere (a wrong one, none at all), every command on an encrypted file,
the round trips of encrypt, change-passphrase and decrypt, and nothing of the operation left in plain on the
disk by any of them."""

import json
import os
import select
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import PASSPHRASE, SAMPLE_SECRET, files_holding, folder_digests, run_cli

IMPORTED = b"Kestrel shelter registry"  # a system only a partner's spreadsheet brings


@pytest.fixture
def with_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PIM_DESKTOP_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """The sample operation written encrypted, in a folder of its own."""
    path = tmp_path / "operations" / "secret.pim"
    path.parent.mkdir()
    result = run_cli("demo", path, "--encrypt", env={"PIM_DESKTOP_PASSPHRASE": PASSPHRASE})
    assert result.returncode == 0, result.stderr
    assert "cannot be recovered" in result.stderr  # said before the file was encrypted
    return path


def _counts(path: Path, env: dict[str, str] | None = None) -> dict[str, int]:
    result = run_cli("info", path, "--json", env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["counts"]


def _exported(path: Path, target: Path, env: dict[str, str] | None = None) -> dict[str, object]:
    result = run_cli("export", path, "--view", "report", "--format", "json", "-o", target, env=env)
    assert result.returncode == 0, result.stderr
    document = json.loads(target.read_text(encoding="utf-8"))
    document.pop("exported_on")
    return document


def test_info_and_check_say_a_file_is_encrypted(secret: Path, with_passphrase: None):
    info = run_cli("info", secret)
    assert info.returncode == 0, info.stderr
    assert "Encrypted:          yes" in info.stdout and "Systems:            40" in info.stdout
    assert json.loads(run_cli("info", secret, "--json").stdout)["encrypted"] is True
    check = run_cli("check", secret)
    assert check.returncode == 0 and check.stdout.startswith(f"{secret}: OK, encrypted")
    plain = secret.with_name("plain.pim")
    assert run_cli("new", plain, "--name", "Plain").returncode == 0
    assert json.loads(run_cli("info", plain, "--json").stdout)["encrypted"] is False


def test_a_wrong_passphrase_is_said_in_one_line_and_changes_nothing(secret: Path, tmp_path: Path):
    source = tmp_path / "partner.csv"
    source.write_text("System,PIM category\nKestrel shelter registry,Case Management\n", encoding="utf-8")
    wrong = {"PIM_DESKTOP_PASSPHRASE": "not the passphrase"}
    before = folder_digests(secret.parent)
    for command in (
        ["info", secret],
        ["check", secret],
        ["export", secret, "--view", "systems", "--format", "csv", "-o", tmp_path / "out.csv"],
        ["import", secret, source],
        ["merge", secret, secret.with_name("missing.pim")],
        ["decrypt", secret],
        ["change-passphrase", secret],
    ):
        result = run_cli(*command, env=wrong)
        assert result.returncode == 2, (command[0], result.stderr)
        assert result.stderr == "pim-desktop: error: the passphrase does not open secret.pim\n", command[0]
    assert folder_digests(secret.parent) == before
    assert not (tmp_path / "out.csv").exists()


def test_a_script_without_the_passphrase_is_told_how_to_give_it(secret: Path):
    env = {key: value for key, value in os.environ.items() if key != "PIM_DESKTOP_PASSPHRASE"}
    result = subprocess.run(
        [sys.executable, "-m", "pim_desktop", "info", str(secret)],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,  # no terminal to type it in
        timeout=60,
    )
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("pim-desktop: error: secret.pim is encrypted")
    assert "PIM_DESKTOP_PASSPHRASE" in result.stderr


def test_encrypt_a_new_passphrase_and_decrypt_keep_every_record(sample_file: Path, tmp_path: Path):
    counts, document = _counts(sample_file), _exported(sample_file, tmp_path / "before.json")
    env = {"PIM_DESKTOP_PASSPHRASE": PASSPHRASE}

    encrypted = run_cli("encrypt", sample_file, env=env)
    assert encrypted.returncode == 0, encrypted.stderr
    assert "cannot be recovered" in encrypted.stderr
    assert SAMPLE_SECRET not in sample_file.read_bytes()
    assert run_cli("encrypt", sample_file, env=env).returncode == 2  # encrypted already
    assert _counts(sample_file, env) == counts
    assert _exported(sample_file, tmp_path / "encrypted.json", env) == document

    new = {**env, "PIM_DESKTOP_NEW_PASSPHRASE": "a brand new passphrase"}
    assert run_cli("change-passphrase", sample_file, env=new).returncode == 0
    assert run_cli("info", sample_file, env=env).stderr.endswith("does not open sample.pim\n")
    renewed = {"PIM_DESKTOP_PASSPHRASE": "a brand new passphrase"}
    assert _counts(sample_file, renewed) == counts

    decrypted = run_cli("decrypt", sample_file, env=renewed)
    assert decrypted.returncode == 0, decrypted.stderr
    assert SAMPLE_SECRET in sample_file.read_bytes()
    assert _counts(sample_file) == counts
    assert _exported(sample_file, tmp_path / "after.json") == document
    assert run_cli("check", sample_file).stdout.startswith(f"{sample_file}: OK (")


def test_no_command_leaves_the_operation_in_plain_on_the_disk(
    secret: Path, tmp_path: Path, own_data_dir: Path, with_passphrase: None
):
    """Every command that writes, on an encrypted file: the file, its journal, its backups (made before the
    import and the merge) and any temporary file hold none of its words. Exports are the user's own,
    asked for in plain: they go to a folder that is not searched."""
    temporary = tmp_path / "temporary"
    temporary.mkdir()
    inputs, exports = tmp_path / "inputs", tmp_path / "exports"
    inputs.mkdir()
    exports.mkdir()
    partner = inputs / "partner.csv"
    partner.write_text(f"System,PIM category\n{IMPORTED.decode()},Case Management\n", encoding="utf-8")
    theirs = inputs / "theirs.pim"
    assert run_cli("demo", theirs, "--encrypt").returncode == 0
    env = {"TMPDIR": str(temporary)}
    for command in (
        ["import", secret, partner],
        ["merge", secret, theirs],
        ["export", secret, "--view", "report", "--format", "json", "-o", exports / "all.json"],
        ["import", secret, exports / "all.json", "--kind", "operation"],
        ["export", secret, "--view", "report", "--format", "xlsx", "-o", exports / "all.xlsx"],
        ["check", secret],
        ["change-passphrase", secret],
    ):
        result = run_cli(*command, env={**env, "PIM_DESKTOP_NEW_PASSPHRASE": PASSPHRASE})
        assert result.returncode == 0, (command[0], result.stderr)
        for folder in (secret.parent, own_data_dir, temporary):  # after each: a later one may rewrite them
            for words in (SAMPLE_SECRET, IMPORTED):
                assert files_holding(folder, words) == [], (command[0], words)
    assert IMPORTED in (exports / "all.json").read_bytes()  # the search would find it
    made = sorted(path.name for path in (own_data_dir / "backups").iterdir())
    assert any("before-import" in name for name in made) and any("before-merge" in name for name in made)
    assert [path.name for path in secret.parent.iterdir()] == ["secret.pim"]  # no journal, lock or copy left


def _on_a_terminal(answers: list[str], *args: str | Path) -> tuple[int, str]:
    """The command run on a terminal of its own (a pseudo-terminal), as a person types: each answer is typed
    when a prompt (a line ending in ": ") waits for it. Returns the exit code and what the terminal showed."""
    import pty  # POSIX only

    env = {key: value for key, value in os.environ.items() if not key.startswith("PIM_DESKTOP_PASS")}
    pid, terminal = pty.fork()
    if pid == 0:  # the child: its terminal is the pseudo-terminal, where getpass reads
        os.execve(sys.executable, [sys.executable, "-m", "pim_desktop", *map(str, args)], env)
    shown, typed = b"", 0
    while select.select([terminal], [], [], 60)[0]:
        try:
            chunk = os.read(terminal, 4096)
        except OSError:  # the child is gone
            break
        if not chunk:
            break
        shown += chunk
        if shown.endswith(b": ") and typed < len(answers):
            os.write(terminal, answers[typed].encode() + b"\n")
            typed += 1
    _, status = os.waitpid(pid, 0)
    os.close(terminal)
    return os.waitstatus_to_exitcode(status), shown.decode().replace("\r\n", "\n")


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal")
def test_on_a_terminal_the_file_is_said_encrypted_then_three_tries_are_given(secret: Path):
    before = folder_digests(secret.parent)
    code, shown = _on_a_terminal(["wrong", "wrong again", "still wrong"], "info", secret)
    assert code == 2
    assert shown.startswith("secret.pim is encrypted.\nPassphrase for secret.pim: ")
    assert shown.count("Passphrase for secret.pim: ") == 3
    assert shown.rstrip().endswith("pim-desktop: error: the passphrase does not open secret.pim")
    assert folder_digests(secret.parent) == before

    code, shown = _on_a_terminal(["wrong", PASSPHRASE], "check", secret)
    assert code == 0 and f"{secret}: OK, encrypted" in shown


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal")
def test_on_a_terminal_a_new_passphrase_is_typed_twice_after_the_warning(tmp_path: Path):
    path = tmp_path / "new.pim"
    code, shown = _on_a_terminal(
        [PASSPHRASE, PASSPHRASE + " typo"], "new", path, "--name", "Lebanon", "--encrypt"
    )
    assert code == 1 and "the two passphrases typed differ" in shown and not path.exists()
    assert shown.index("cannot be recovered") < shown.index("New passphrase for new.pim: ")
    code, shown = _on_a_terminal([PASSPHRASE, PASSPHRASE], "new", path, "--name", "Lebanon", "--encrypt")
    assert code == 0 and "encrypted" in shown
    assert b"Lebanon" not in path.read_bytes()
