"""The password of a login on a shared server, kept in this computer's keyring when the user asks: Windows'
Credential Manager, the macOS Keychain, the Secret Service of a Linux desktop (GNOME Keyring, KWallet),
reached through the keyring library. Nothing of it is written by the program itself.

keyring is imported only when File > Open Shared Operation opens (it finds its backends when first asked,
about a fifth of a second): the program's start never waits for it. A computer without a keyring (keyring's
`fail` backend, as on a Linux without a desktop session), or a keyring that refuses, is said in a sentence by
the caller: these functions raise KeyringUnusableError, never keyring's own errors."""

from pim_desktop.gui.i18n import translate

SERVICE = "PIM Desktop shared server"  # the entry's name the user sees in their keyring's manager


def no_keyring_sentence() -> str:
    return translate(
        "SharedOperation", "This computer has no keyring: your password will be asked each time."
    )


def refused_sentence() -> str:
    return translate(
        "SharedOperation", "This computer's keyring did not keep your password: it will be asked next time."
    )


class KeyringUnusableError(Exception):
    """The keyring cannot keep or give a password; `sentence` says so to the user."""

    def __init__(self, sentence: str) -> None:
        super().__init__(sentence)
        self.sentence = sentence


def _keyring_errors() -> tuple[type[Exception], ...]:
    """What a backend raises when it cannot do what is asked: keyring's errors, and the operating system's
    (a D-Bus session that went away)."""
    from keyring.errors import KeyringError

    return (KeyringError, OSError)


def keyring_available() -> bool:
    """Whether this computer has a keyring the library can use (not its `fail` backend)."""
    import keyring
    from keyring.backends import fail

    try:
        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except _keyring_errors():
        return False


def stored_password(login: str) -> str | None:
    """The password kept for `login`, None when none is."""
    import keyring

    try:
        return keyring.get_password(SERVICE, login)
    except _keyring_errors():
        raise KeyringUnusableError(no_keyring_sentence()) from None


def store_password(login: str, password: str) -> None:
    import keyring
    from keyring.errors import NoKeyringError

    try:
        keyring.set_password(SERVICE, login, password)
    except NoKeyringError:
        raise KeyringUnusableError(no_keyring_sentence()) from None
    except _keyring_errors():
        raise KeyringUnusableError(refused_sentence()) from None


def forget_password(login: str) -> None:
    """The password of `login` taken out of the keyring; nothing to do when none is kept, or there is no
    keyring to keep one."""
    import keyring
    from keyring.errors import NoKeyringError, PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, login)
    except (PasswordDeleteError, NoKeyringError):  # none was kept
        return
    except _keyring_errors():
        raise KeyringUnusableError(
            translate(
                "SharedOperation",
                "This computer's keyring did not forget your password: remove “{entry}” in its manager.",
            ).format(entry=SERVICE)
        ) from None
