"""Fixtures for the end-to-end tests: an OpenSSH server on loopback for the whole run, a tmux server per test."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from .sshd import SshServer, Tmux, ToolsUnavailable, ensure_tools


@pytest.fixture(scope="session")
def ssh_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SshServer]:
    """An OpenSSH server on 127.0.0.1 on a free port, logged into with a throwaway key.

    sshd, ssh and tmux are installed with apt-get when missing and running as root (as CI does); otherwise the
    tests that use this are skipped, saying why.
    """
    folder = tmp_path_factory.mktemp("sshd")
    try:
        tools = ensure_tools(folder / "apt.log")
    except ToolsUnavailable as reason:
        pytest.skip(str(reason))
    server = SshServer(tools, folder)
    try:
        server.start()
    except RuntimeError as error:
        server.stop()
        if os.geteuid() != 0:
            pytest.skip(f"could not run sshd as a regular user: {error}")
        raise
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def tmux(ssh_server: SshServer, tmp_path: Path) -> Iterator[Tmux]:
    """A tmux server of its own for one test, killed afterwards whatever happened."""
    # Unix socket paths are limited to about 100 bytes, and pytest's tmp_path can be long: use /tmp.
    socket_path = Path("/tmp") / f"crosscheck-e2e-{os.getpid()}-{uuid.uuid4().hex[:8]}.sock"
    server = Tmux(ssh_server.tools["tmux"], socket_path)
    try:
        yield server
    finally:
        server.kill_server()
