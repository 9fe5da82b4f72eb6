"""Encrypted operation files: nothing of the operation readable on the disk, the passphrase asked and checked
without changing a byte, a wrong passphrase told from a damaged file, and the copies of a file (backups, undo
copies, Save a Copy As) protected as the file is."""

import random
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from pim_desktop.domain.errors import (
    DamagedFileError,
    NotAnOperationFileError,
    OperationFileError,
    PassphraseNeededError,
    ValidationError,
    WrongPassphraseError,
)
from pim_desktop.domain.model import OrganisationDetails
from pim_desktop.services import encryption, file_access
from pim_desktop.services.file_history import FileHistory
from pim_desktop.services.operations import check_operation, open_operation
from pim_desktop.services.organisations import OrganisationService
from pim_desktop.services.summary import operation_info
from pim_desktop.storage import backups, keys
from pim_desktop.storage.file_header import SQLITE_MAGIC, read_header
from tests.helpers import PASSPHRASE, SAMPLE_SECRET, files_holding, folder_digests


def _counts(path: Path) -> tuple[int, ...]:
    with open_operation(path, read_only=True) as operation_file:
        counts = operation_info(operation_file).counts
    return counts.organisations, counts.systems, counts.action_items, counts.matrix_entries


def test_an_encrypted_file_holds_nothing_readable(encrypted_sample: Path, sample_file: Path):
    assert SAMPLE_SECRET in sample_file.read_bytes()  # the plain sample does: the search can find it
    data = encrypted_sample.read_bytes()
    assert not data.startswith(SQLITE_MAGIC) and SAMPLE_SECRET not in data and b"Lebanon" not in data
    assert read_header(encrypted_sample).encrypted and encryption.is_encrypted(encrypted_sample)
    assert files_holding(encrypted_sample.parent, SAMPLE_SECRET) == []  # no journal or temporary file beside


def test_it_opens_with_its_passphrase_only(encrypted_sample: Path, sample_file: Path):
    with pytest.raises(PassphraseNeededError, match=r"secret\.pim is encrypted"):
        open_operation(encrypted_sample)
    encryption.unlock(encrypted_sample, PASSPHRASE)
    assert _counts(encrypted_sample) == _counts(sample_file)
    with open_operation(encrypted_sample, read_only=True) as operation_file:
        info = operation_info(operation_file)
    assert info.encrypted and info.name == "Lebanon protection response (sample)"
    report = check_operation(encrypted_sample)
    assert report.ok and report.encrypted


def test_three_wrong_passphrases_change_nothing(encrypted_sample: Path):
    before = folder_digests(encrypted_sample.parent)
    for wrong in ("a wrong passphrase", PASSPHRASE.upper(), ""):
        with pytest.raises(WrongPassphraseError) as refused:
            encryption.unlock(encrypted_sample, wrong)
        assert refused.value.message == "the passphrase does not open secret.pim"
    assert folder_digests(encrypted_sample.parent) == before
    assert not encryption.is_unlocked(encrypted_sample)


def test_other_sqlcipher_tools_open_it_with_the_passphrase(encrypted_sample: Path):
    """The key is derived as SQLCipher 4 derives it: the passphrase is all a user needs elsewhere."""
    connection = sqlcipher.connect(str(encrypted_sample))
    connection.execute(f"PRAGMA key = '{PASSPHRASE}'")
    assert connection.execute("SELECT count(*) FROM information_system").fetchone() == (40,)
    connection.close()


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x10
    path.write_bytes(bytes(data))


def test_a_damaged_encrypted_file_is_told_from_a_wrong_passphrase(encrypted_sample: Path):
    _flip(encrypted_sample, 300)  # inside the first page, which SQLCipher cannot read then with any key
    before = encrypted_sample.read_bytes()
    with pytest.raises(DamagedFileError, match=r"secret\.pim is damaged"):
        encryption.unlock(encrypted_sample, PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        encryption.unlock(encrypted_sample, "a wrong passphrase")
    assert encrypted_sample.read_bytes() == before


def test_damage_further_in_the_file_is_found_by_check(encrypted_sample: Path):
    _flip(encrypted_sample, 20 * keys.PAGE_SIZE + 100)
    encryption.unlock(encrypted_sample, PASSPHRASE)  # the first page is whole: the passphrase is right
    report = check_operation(encrypted_sample)
    assert not report.ok and "damaged" in report.problems[0]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"Meeting notes\n" * 4096, NotAnOperationFileError),  # text, whole pages long
        (b"PK\x03\x04" + bytes(4092), NotAnOperationFileError),  # a zip
        (SQLITE_MAGIC[:3] + b"x" + SQLITE_MAGIC[4:] + bytes(4080), DamagedFileError),  # a plain file, damaged
        (random.Random(3).randbytes(8192), PassphraseNeededError),  # looks like one: a passphrase tells
    ],
    ids=["text", "zip", "damaged header", "random-looking"],
)
def test_files_without_the_sqlite_header_are_told_apart_by_their_bytes(
    tmp_path: Path, content: bytes, expected: type[Exception]
):
    path = tmp_path / "found.pim"
    path.write_bytes(content)
    with pytest.raises(expected):
        open_operation(path)
    assert path.read_bytes() == content


def test_a_random_file_gets_the_words_of_a_wrong_passphrase(tmp_path: Path):
    """Without the right key an encrypted file is random bytes: nothing can say more, and nothing is
    written to it."""
    path = tmp_path / "random.pim"
    path.write_bytes(bytes((n * 7919) % 251 for n in range(8192)))
    before = path.read_bytes()
    with pytest.raises(WrongPassphraseError, match=r"^the passphrase does not open random\.pim$"):
        encryption.unlock(path, PASSPHRASE)
    assert path.read_bytes() == before


# A writer of an encrypted file that dies halfway through a change too big for its page cache
_HALFWAY = f"""
import os, sys, sqlcipher3.dbapi2 as sqlcipher
connection = sqlcipher.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA key = '{PASSPHRASE}'")
connection.execute("PRAGMA cache_size = 2")
connection.execute("BEGIN")
connection.execute("UPDATE information_system SET name = name || ' (changed)'")
connection.execute("CREATE TABLE scratch (x)")
for _ in range(500):
    connection.execute("INSERT INTO scratch VALUES (randomblob(1000))")
os._exit(9)
"""


def test_a_change_cut_off_is_undone_with_the_right_passphrase_only(encrypted_sample: Path):
    subprocess.run([sys.executable, "-c", _HALFWAY, str(encrypted_sample)], check=False)
    journal = encrypted_sample.with_name(encrypted_sample.name + "-journal")
    assert journal.stat().st_size > 0
    assert files_holding(encrypted_sample.parent, SAMPLE_SECRET) == []  # the journal is encrypted too
    before = folder_digests(encrypted_sample.parent)
    with pytest.raises(WrongPassphraseError):
        encryption.unlock(encrypted_sample, "a wrong passphrase")
    assert folder_digests(encrypted_sample.parent) == before  # a wrong key plays no journal back
    encryption.unlock(encrypted_sample, PASSPHRASE)
    assert not journal.exists()
    assert check_operation(encrypted_sample).ok
    with (
        open_operation(encrypted_sample, read_only=True) as operation_file,
        operation_file.engine.connect() as connection,
    ):
        changed = connection.exec_driver_sql(
            "SELECT count(*) FROM information_system WHERE name LIKE '%changed)'"
        )
        assert changed.scalar() == 0


def test_backups_and_undo_copies_are_encrypted_with_the_files_key(encrypted_sample: Path, own_data_dir: Path):
    encryption.unlock(encrypted_sample, PASSPHRASE)
    backup = backups.make_backup(encrypted_sample, "before-import")
    with open_operation(encrypted_sample) as operation_file:
        history = FileHistory(operation_file)
        snapshot = history.snapshot()
        OrganisationService(operation_file).add(OrganisationDetails(name="Added after the copy"))
        history.restore(snapshot)
        for copy in (backup, snapshot):
            assert read_header(copy).salt == read_header(encrypted_sample).salt
        assert files_holding(history.folder, SAMPLE_SECRET) == []
        history.close()
    assert files_holding(own_data_dir, SAMPLE_SECRET) == []
    assert _counts(encrypted_sample)[0] == 24
    keys.forget_all()
    encryption.unlock(backup, PASSPHRASE)  # the file's passphrase opens its backups
    assert _counts(backup) == _counts(encrypted_sample)
    backups.restore(backup, encrypted_sample)
    for folder in (own_data_dir, encrypted_sample.parent):
        assert files_holding(folder, SAMPLE_SECRET) == []


def test_encrypting_decrypting_and_a_new_passphrase_keep_every_record(sample_file: Path, own_data_dir: Path):
    counts = _counts(sample_file)
    backups.make_backup(sample_file, "before-import")  # a plain backup, from before the encryption
    assert encryption.encrypt(sample_file, PASSPHRASE) == encryption.BackupsFollowed(changed=1, removed=0)
    for folder in (sample_file.parent, own_data_dir):
        assert files_holding(folder, SAMPLE_SECRET) == []
    assert _counts(sample_file) == counts

    encryption.change_passphrase(sample_file, "another long passphrase")
    keys.forget_all()
    for path in (sample_file, backups.backups_of(sample_file)[0].path):
        with pytest.raises(WrongPassphraseError):
            encryption.unlock(path, PASSPHRASE)
    encryption.unlock(sample_file, "another long passphrase")
    assert _counts(sample_file) == counts

    encryption.decrypt(sample_file)
    assert sample_file.read_bytes().startswith(SQLITE_MAGIC) and SAMPLE_SECRET in sample_file.read_bytes()
    assert _counts(sample_file) == counts and check_operation(sample_file).ok


def test_encryption_is_refused_where_it_makes_no_sense(sample_file: Path, encrypted_sample: Path):
    with pytest.raises(ValidationError, match="too short"):
        encryption.encrypt(sample_file, "short")
    with pytest.raises(OperationFileError, match="is not encrypted"):
        encryption.decrypt(sample_file)
    with pytest.raises(OperationFileError, match="encrypted already"):
        encryption.encrypt(encrypted_sample, PASSPHRASE)
    assert not encryption.is_encrypted(sample_file)


def test_a_copy_is_protected_as_asked(encrypted_sample: Path, tmp_path: Path):
    encryption.unlock(encrypted_sample, PASSPHRASE)
    same, plain, other = tmp_path / "same.pim", tmp_path / "plain.pim", tmp_path / "other.pim"
    file_access.save_copy(encrypted_sample, same)
    file_access.save_copy(encrypted_sample, plain, file_access.CopyEncryption(encrypted=False))
    file_access.save_copy(
        encrypted_sample, other, file_access.CopyEncryption(encrypted=True, passphrase="the copy's own")
    )
    assert read_header(same).salt == read_header(encrypted_sample).salt
    assert not encryption.is_encrypted(plain) and _counts(plain) == _counts(encrypted_sample)
    keys.forget_all()
    with pytest.raises(WrongPassphraseError):
        encryption.unlock(other, PASSPHRASE)
    encryption.unlock(other, "the copy's own")
    assert _counts(other) == _counts(plain)
    assert SAMPLE_SECRET not in other.read_bytes()


def test_an_encrypted_copy_of_a_plain_file(sample_file: Path, tmp_path: Path):
    target = tmp_path / "copy.pim"
    file_access.save_copy(
        sample_file, target, file_access.CopyEncryption(encrypted=True, passphrase=PASSPHRASE)
    )
    assert SAMPLE_SECRET not in target.read_bytes() and not list(tmp_path.glob("*.partial"))
    keys.forget_all()
    encryption.unlock(target, PASSPHRASE)
    assert _counts(target) == _counts(sample_file)
    with pytest.raises(ValidationError):  # no passphrase given, and the plain file has none to keep
        file_access.save_copy(sample_file, tmp_path / "x.pim", file_access.CopyEncryption(encrypted=True))
