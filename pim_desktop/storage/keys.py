"""The keys of encrypted operation files (SQLCipher), derived once from their passphrases.

SQLCipher 4 turns a passphrase into a file's key with PBKDF2-HMAC-SHA512 (256,000 iterations) over the random
salt it keeps in the file's first 16 bytes: a quarter of a second, on every new connection. We derive the key
once, the same way, and hand SQLCipher the raw key and its salt on every connection: a connection then costs
what a plain one does, and the files stay those any SQLCipher 4 tool opens with the passphrase.

The keys of the files unlocked in this process are kept in its memory, by salt, until forgotten: a backup, an
undo copy or a copy of a file carries the file's salt and key, so it opens with what opened the file. No
passphrase or key is ever written anywhere.
"""

import hashlib
import os
import unicodedata
from dataclasses import dataclass, field

SALT_SIZE = 16
KEY_SIZE = 32
KDF_ITERATIONS = 256_000  # SQLCipher 4's own: its tools open our files with the passphrase
PAGE_SIZE = 4096  # SQLCipher 4's page, which our encrypted files keep


@dataclass(frozen=True)
class Key:
    secret: bytes = field(repr=False)
    salt: bytes

    @property
    def raw(self) -> str:
        """The key and its salt in SQLCipher's notation of a raw key: nothing to derive on connecting."""
        return f"x'{(self.secret + self.salt).hex()}'"


def derive(passphrase: str, salt: bytes | None = None) -> Key:
    """The key a passphrase gives over `salt` (a new random one for a new file)."""
    salt = os.urandom(SALT_SIZE) if salt is None else salt
    # NFC: the same letters typed on two systems (an accented letter as one code point or two) give one key
    typed = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Key(hashlib.pbkdf2_hmac("sha512", typed, salt, KDF_ITERATIONS, KEY_SIZE), salt)


_known: dict[bytes, Key] = {}


def remember(key: Key) -> None:
    _known[key.salt] = key


def known(salt: bytes) -> Key | None:
    return _known.get(salt)


def forget_all() -> None:
    _known.clear()
