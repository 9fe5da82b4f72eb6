"""The checks made before Qt is started, so that a missing screen or library is one clear line."""

import pytest

from pim_desktop.gui import launch


@pytest.fixture
def linux_x11(monkeypatch: pytest.MonkeyPatch, tmp_path):
    monkeypatch.setattr(launch.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    return monkeypatch


def test_no_display_variable(linux_x11: pytest.MonkeyPatch):
    linux_x11.delenv("DISPLAY", raising=False)
    assert launch.display_problem() == launch.NO_DISPLAY_MESSAGE


def test_display_variable_without_a_server(linux_x11: pytest.MonkeyPatch):
    linux_x11.setenv("DISPLAY", ":987")
    assert launch.display_problem() == launch.NO_DISPLAY_MESSAGE


def test_missing_xcb_cursor_library_is_named(linux_x11: pytest.MonkeyPatch):
    linux_x11.setenv("DISPLAY", "remote-host:0")
    linux_x11.setattr(launch, "find_library", lambda name: None)
    assert launch.display_problem() == launch.MISSING_XCB_CURSOR_MESSAGE


def test_explicit_platform_and_wayland_are_trusted(linux_x11: pytest.MonkeyPatch):
    linux_x11.delenv("DISPLAY", raising=False)
    linux_x11.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert launch.display_problem() is None
    linux_x11.delenv("WAYLAND_DISPLAY")
    linux_x11.setenv("QT_QPA_PLATFORM", "offscreen")
    assert launch.display_problem() is None
