"""Helpers for the end-to-end tests: the tools (installed with apt-get when missing), an OpenSSH server on loopback,
a tmux server on a private socket, and readers for what a terminal was sent.

Nothing here touches the machine's own SSH setup: the server has its own config, host keys, user key and
authorized_keys in a temporary folder, listens on 127.0.0.1 only, on a free non-default port, and runs in the
foreground as a child of the test run. tmux runs on its own socket with no config file, so a person's tmux sessions
and settings are never seen or touched.
"""

from __future__ import annotations

import os
import pwd
import re
import shlex
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "SshServer",
    "Tmux",
    "ToolsUnavailable",
    "chromatic_colours",
    "ensure_tools",
    "modes_left_on",
    "sgr_colour_codes",
]

TOOLS: dict[str, tuple[str, str]] = {
    "sshd": ("openssh-server", "the OpenSSH server"),
    "ssh": ("openssh-client", "the OpenSSH client"),
    "ssh-keygen": ("openssh-client", "ssh-keygen"),
    "tmux": ("tmux", "tmux"),
}
"""Each tool the SSH test needs: (Debian package, what it is)."""

_SEARCH_PATH = os.pathsep.join(
    [os.environ.get("PATH", ""), "/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"]
)
"""sshd lives in /usr/sbin, which is not on every user's PATH."""

APT_TIMEOUT = 900
"""Seconds allowed for each of apt-get update and apt-get install."""


class ToolsUnavailable(Exception):
    """The tools are missing and cannot be installed here (not root, or no apt-get): the test is skipped."""


def find_tool(name: str) -> str | None:
    """Absolute path of a program, looking in the sbin folders too."""
    return shutil.which(name, path=_SEARCH_PATH)


def ensure_tools(log: Path) -> dict[str, str]:
    """Absolute paths of sshd, ssh, ssh-keygen and tmux, installing the missing ones with apt-get as root.

    Args:
        log: Where apt-get's output is written.

    Raises:
        ToolsUnavailable: A tool is missing and this is not root on a machine with apt-get.
        RuntimeError: apt-get failed, or a tool is still missing after it ran.
    """
    missing = [name for name in TOOLS if find_tool(name) is None]
    if missing:
        packages = sorted({TOOLS[name][0] for name in missing})
        names = ", ".join(missing)
        if os.geteuid() != 0:
            raise ToolsUnavailable(
                f"{names} not installed and not running as root, so they cannot be installed here; "
                f"install the Debian packages {' '.join(packages)} to run the SSH end-to-end tests"
            )
        if find_tool("apt-get") is None:
            raise ToolsUnavailable(f"{names} not installed and there is no apt-get to install {' '.join(packages)}")
        apt_install(packages, log)
    found = {name: find_tool(name) for name in TOOLS}
    still = [name for name, path in found.items() if path is None]
    if still:
        raise RuntimeError(f"{', '.join(still)} still missing after apt-get install; see {log}")
    return {name: path for name, path in found.items() if path is not None}


def apt_install(packages: list[str], log: Path) -> None:
    """``apt-get update`` then ``apt-get install -y``, non-interactively, without starting any service.

    When the machine has no ``/usr/sbin/policy-rc.d`` (Docker images have one), one that refuses to start services
    is put there for the install and removed afterwards, so installing openssh-server never starts a system-wide
    sshd on port 22.
    """
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive", NEEDRESTART_MODE="l", APT_LISTCHANGES_FRONTEND="none")
    policy = Path("/usr/sbin/policy-rc.d")
    added_policy = False
    if not policy.exists():
        try:
            policy.write_text("#!/bin/sh\n# Written by crosscheck's SSH test for one apt-get install.\nexit 101\n")
            policy.chmod(0o755)
            added_policy = True
        except OSError:
            pass
    lock = ["-o", "DPkg::Lock::Timeout=300"]
    commands = [
        ["apt-get", *lock, "update"],
        [
            "apt-get",
            *lock,
            "install",
            "-y",
            "--no-install-recommends",
            "-o",
            "Dpkg::Options::=--force-confdef",
            "-o",
            "Dpkg::Options::=--force-confold",
            *packages,
        ],
    ]
    try:
        with log.open("a", encoding="utf-8") as out:
            for command in commands:
                out.write(f"$ {shlex.join(command)}\n")
                out.flush()
                result = subprocess.run(
                    command,
                    stdin=subprocess.DEVNULL,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    env=env,
                    timeout=APT_TIMEOUT,
                    check=False,
                )
                if result.returncode != 0:
                    tail = "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-25:])
                    raise RuntimeError(f"{shlex.join(command)} exited with {result.returncode}:\n{tail}")
    finally:
        if added_policy:
            policy.unlink(missing_ok=True)


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now (the kernel's choice, so never 22)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _keygen(ssh_keygen: str, path: Path, comment: str) -> None:
    subprocess.run(
        [ssh_keygen, "-q", "-t", "ed25519", "-N", "", "-C", comment, "-f", str(path)],
        check=True,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=60,
    )


@dataclass
class SshServer:
    """An OpenSSH server on 127.0.0.1 in the foreground (``sshd -D -e -f config``), with a user key to log in."""

    tools: dict[str, str]
    """Absolute paths of sshd, ssh, ssh-keygen and tmux."""
    folder: Path
    """The temporary folder for keys, config, pid file and log."""
    user: str = field(default_factory=lambda: pwd.getpwuid(os.geteuid()).pw_name)
    """Who logs in: the user running the tests (root in CI)."""
    port: int = 0
    """The port listened on, once started."""
    process: subprocess.Popen[bytes] | None = None
    """The sshd process, once started."""

    @property
    def key(self) -> Path:
        """The user's private key."""
        return self.folder / "id_ed25519"

    @property
    def log(self) -> Path:
        """sshd's log (``-e``: everything on standard error)."""
        return self.folder / "sshd.log"

    @property
    def config(self) -> Path:
        return self.folder / "sshd_config"

    def log_text(self, lines: int = 40) -> str:
        """The end of sshd's log, for failure messages."""
        try:
            text = self.log.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no sshd log)"
        return "\n".join(text.splitlines()[-lines:]) or "(sshd log is empty)"

    def _write_config(self) -> None:
        host_key = self.folder / "ssh_host_ed25519_key"
        if not host_key.exists():
            _keygen(self.tools["ssh-keygen"], host_key, "crosscheck-test-host")
        if not self.key.exists():
            _keygen(self.tools["ssh-keygen"], self.key, "crosscheck-test-user")
        authorized = self.folder / "authorized_keys"
        authorized.write_text(self.key.with_suffix(".pub").read_text(encoding="utf-8"), encoding="utf-8")
        authorized.chmod(0o600)
        lines = [
            "ListenAddress 127.0.0.1",
            f"Port {self.port}",
            f"HostKey {host_key}",
            f"AuthorizedKeysFile {authorized}",
            f"PidFile {self.folder / 'sshd.pid'}",
            "PubkeyAuthentication yes",
            "PasswordAuthentication no",
            "KbdInteractiveAuthentication no",
            "HostbasedAuthentication no",
            "AuthenticationMethods publickey",
            "PermitRootLogin prohibit-password",
            "PermitEmptyPasswords no",
            "UsePAM no",
            # pytest's temporary folders may be group- or world-readable; the keys in them are throwaway.
            "StrictModes no",
            "UseDNS no",
            "PrintMotd no",
            "PrintLastLog no",
            "X11Forwarding no",
            "AllowTcpForwarding no",
            "AllowAgentForwarding no",
            "PermitTunnel no",
            "PermitUserEnvironment no",
            "LogLevel VERBOSE",
            "MaxStartups 20:50:40",
        ]
        self.config.write_text("\n".join(lines) + "\n", encoding="utf-8")

    def start(self, attempts: int = 4, timeout: float = 30.0) -> None:
        """Start sshd on a free port and wait until a login works.

        Raises:
            RuntimeError: sshd would not start or a login failed; the message holds sshd's log.
        """
        self.folder.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            # sshd's privilege separation directory; a package install normally makes it at boot.
            Path("/run/sshd").mkdir(mode=0o755, parents=True, exist_ok=True)
        sshd = self.tools["sshd"]
        last = ""
        for _ in range(attempts):
            self.port = free_port()
            self._write_config()
            check = subprocess.run(
                [sshd, "-t", "-f", str(self.config)], capture_output=True, text=True, timeout=60, check=False
            )
            if check.returncode != 0:
                raise RuntimeError(f"sshd -t rejected the test config:\n{check.stdout}{check.stderr}")
            log = self.log.open("ab")
            try:
                # sshd must be started by its absolute path (it re-executes itself for each connection).
                self.process = subprocess.Popen(
                    [sshd, "-D", "-e", "-f", str(self.config)],
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            finally:
                log.close()
            if self._wait_listening(timeout):
                break
            last = self.log_text()
            self.stop()
            if "Address already in use" not in last:
                raise RuntimeError(f"sshd did not start listening on 127.0.0.1:{self.port}:\n{last}")
        else:
            raise RuntimeError(f"sshd could not get a free port after {attempts} attempts:\n{last}")
        self._check_login(timeout)

    def _wait_listening(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is None or self.process.poll() is not None:
                return False
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1.0) as sock:
                    sock.settimeout(5.0)
                    banner = sock.recv(64)
                if banner.startswith(b"SSH-"):
                    return True
            except OSError:
                pass
            time.sleep(0.1)
        return False

    def _check_login(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        result: subprocess.CompletedProcess[str] | None = None
        while time.monotonic() < deadline:
            result = subprocess.run(
                [*self.ssh_argv(tty=False), "echo crosscheck-login-ok"],
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
            if result.returncode == 0 and "crosscheck-login-ok" in result.stdout:
                return
            time.sleep(0.5)
        output = "" if result is None else f"exit {result.returncode}\n{result.stdout}{result.stderr}"
        raise RuntimeError(
            f"ssh login as {self.user} to 127.0.0.1:{self.port} failed: {output}\nsshd log:\n{self.log_text()}"
        )

    def ssh_argv(self, *, tty: bool = True) -> list[str]:
        """The ssh client's command line, up to the remote command."""
        return [
            self.tools["ssh"],
            "-F",
            "/dev/null",
            *(["-tt"] if tty else ["-T"]),
            "-p",
            str(self.port),
            "-i",
            str(self.key),
            "-o",
            "StrictHostKeyChecking=no",
            "-o",
            "UserKnownHostsFile=/dev/null",
            "-o",
            "IdentitiesOnly=yes",
            "-o",
            "BatchMode=yes",
            "-o",
            "ConnectTimeout=20",
            "-o",
            "LogLevel=ERROR",
            f"{self.user}@127.0.0.1",
        ]

    def ssh_command(self, remote: str) -> str:
        """The ssh command line running ``remote`` on a pty, as one shell string."""
        return shlex.join([*self.ssh_argv(tty=True), remote])

    def stop(self) -> None:
        """Stop sshd (and the sessions it started), waiting for it to go."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 10)):
            try:
                os.killpg(process.pid, sig)
            except ProcessLookupError:
                return
            try:
                process.wait(timeout=wait)
                return
            except subprocess.TimeoutExpired:
                continue


class Tmux:
    """A tmux server of its own (``-S socket -f /dev/null``), for sessions that are read with capture-pane."""

    def __init__(self, tmux: str, socket_path: Path) -> None:
        self.tmux = tmux
        self.socket = socket_path
        # tmux reads its locale from the environment: make sure it treats the panes' output as UTF-8.
        self.env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")
        self.env.pop("TMUX", None)

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run a tmux command on this server."""
        result = subprocess.run(
            [self.tmux, "-u", "-S", str(self.socket), "-f", "/dev/null", *args],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=self.env,
            timeout=30,
            check=False,
        )
        if check and result.returncode != 0:
            raise RuntimeError(f"tmux {shlex.join(args)} exited with {result.returncode}: {result.stderr.strip()}")
        return result

    def new_session(
        self, name: str, command: str, *, raw_log: Path, width: int = 80, height: int = 24, exit_marker: str = "EXIT="
    ) -> None:
        """Start ``command`` (a shell command) in a new detached session of ``width`` x ``height``.

        Everything the command writes to its terminal is also appended to ``raw_log`` (pipe-pane), from its first
        byte: the command waits for a gate file that is made only once the pipe is in place. When the command
        exits, the pane's shell prints ``EXIT=<status>`` on its own line (``exit_marker``) and stays, so the last
        screen can be read as a person would see it (remain-on-exit also keeps a pane whose shell failed).
        """
        gate = raw_log.with_suffix(".go")
        script = (
            f"while [ ! -e {shlex.quote(str(gate))} ]; do sleep 0.05; done; {command}; "
            f'echo "{exit_marker}$?"; exec sleep 3600'
        )
        self.run(
            "new-session",
            "-d",
            "-s",
            name,
            "-x",
            str(width),
            "-y",
            str(height),
            "/bin/sh",
            "-c",
            script,
            ";",
            "set-option",
            "-g",
            "remain-on-exit",
            "on",
        )
        self.run("pipe-pane", "-t", name, f"cat >> {shlex.quote(str(raw_log))}")
        gate.touch()

    def send_keys(self, name: str, *keys: str) -> None:
        """Press keys, in tmux's key names (``c``, ``Escape``, ``End``, ``?``)."""
        for key in keys:
            self.run("send-keys", "-t", name, key)

    def capture(self, name: str, *, escapes: bool = False, history: bool = False) -> str:
        """The pane's screen as text.

        Args:
            name: The session.
            escapes: Keep SGR attributes and colours (``capture-pane -e``).
            history: Include the lines scrolled off the top (tmux's history) before the screen.
        """
        args = ["capture-pane", "-p", "-t", name]
        if escapes:
            args.append("-e")
        if history:
            args += ["-S", "-"]
        return self.run(*args).stdout

    def display(self, name: str, fmt: str) -> str:
        """A tmux format for the pane (``#{alternate_on}``, ``#{pane_dead_status}``...)."""
        return self.run("display-message", "-p", "-t", name, fmt).stdout.strip()

    def wait_for(
        self, name: str, test: Callable[[str], bool], what: str, *, timeout: float = 30.0, extra: str = ""
    ) -> str:
        """Poll the screen until ``test(screen)`` holds; the screen, or an AssertionError that shows it."""
        deadline = time.monotonic() + timeout
        screen = ""
        while True:
            screen = self.capture(name)
            if test(screen):
                return screen
            if time.monotonic() >= deadline:
                break
            time.sleep(0.1)
        dead, status = (self.display(name, "#{pane_dead} #{pane_dead_status}").split() + ["", ""])[:2]
        state = f"its command exited with status {status}" if dead == "1" else "its command still running"
        raise AssertionError(
            f"after {timeout:.0f} s the screen still does not show {what} ({state}).\n"
            f"--- screen ---\n{screen}--- end of screen ---\n{extra}"
        )

    def kill_server(self) -> None:
        """Stop this tmux server and everything running in it."""
        self.run("kill-server", check=False)
        try:
            self.socket.unlink()
        except OSError:
            pass


# ---- reading what the terminal was sent -------------------------------------------------------------------------

_SGR = re.compile(r"\x1b\[([0-9;:]*)m")
_PRIVATE_MODE = re.compile(r"\x1b\[\?([0-9;]+)([hl])")


def sgr_colour_codes(text: str) -> list[str]:
    """Every colour set by an SGR sequence in ``text``: ``"31"``, ``"38;5;160"``, ``"48;2;10;20;30"``...

    Resets to the default colour (39, 49) and attributes (bold, reverse...) are not colours.
    """
    found: list[str] = []
    for match in _SGR.finditer(text):
        params = [p for p in re.split(r"[;:]", match.group(1))]
        i = 0
        while i < len(params):
            p = params[i]
            n = int(p) if p.isdigit() else 0
            if n in (38, 48, 58) and i + 1 < len(params):
                if params[i + 1] == "5" and i + 2 < len(params):
                    found.append(";".join(params[i : i + 3]))
                    i += 3
                    continue
                if params[i + 1] == "2" and i + 4 < len(params):
                    found.append(";".join(params[i : i + 5]))
                    i += 5
                    continue
            if 30 <= n <= 37 or 40 <= n <= 47 or 90 <= n <= 97 or 100 <= n <= 107:
                found.append(p)
            i += 1
    return found


_GREY_16 = {0, 7, 8, 15}
"""Black, white, bright black (grey) and bright white among the 16 ANSI colours."""


def _is_grey(code: str) -> bool:
    parts = [int(p) if p.isdigit() else 0 for p in code.split(";")]
    if len(parts) == 1:
        n = parts[0]
        base = n % 10
        return base in (0, 7)
    if parts[1] == 5:
        n = parts[2]
        if n < 16:
            return n in _GREY_16
        if n >= 232:
            return True
        r, g, b = (n - 16) // 36, (n - 16) // 6 % 6, (n - 16) % 6
        return r == g == b
    r, g, b = parts[2:5]
    return r == g == b


def chromatic_colours(codes: Iterable[str]) -> list[str]:
    """The colours among ``codes`` that are not black, white or a grey (what NO_COLOR must not show)."""
    return sorted({code for code in codes if not _is_grey(code)})


def modes_left_on(raw: str) -> dict[str, str]:
    """Terminal modes a program left in a non-default state, read from everything it wrote.

    Returns:
        ``{mode: what}`` for each private mode whose last setting is on and should be off (alternate screen, mouse
        reporting, bracketed paste, focus events, in-band resize), or off and should be on (cursor shown, line
        wrap); empty when the terminal was left clean.
    """
    should_be_off = {
        "1049": "alternate screen",
        "47": "alternate screen",
        "1047": "alternate screen",
        "1000": "mouse reporting",
        "1002": "mouse drag reporting",
        "1003": "mouse motion reporting",
        "1005": "UTF-8 mouse mode",
        "1006": "SGR mouse mode",
        "1015": "urxvt mouse mode",
        "1016": "SGR pixel mouse mode",
        "1004": "focus events",
        "2004": "bracketed paste",
        "2048": "in-band resize reports",
    }
    should_be_on = {"25": "cursor visible", "7": "line wrap"}
    last: dict[str, str] = {}
    for match in _PRIVATE_MODE.finditer(raw):
        for mode in match.group(1).split(";"):
            last[mode] = match.group(2)
    left: dict[str, str] = {}
    for mode, state in last.items():
        if state == "h" and mode in should_be_off:
            left[mode] = f"{should_be_off[mode]} left on (ESC[?{mode}h)"
        elif state == "l" and mode in should_be_on:
            left[mode] = f"{should_be_on[mode]} left off (ESC[?{mode}l)"
    # The kitty keyboard protocol: every push (ESC[>Nu) needs a pop (ESC[<u).
    pushes = len(re.findall(r"\x1b\[>[0-9]*u", raw))
    pops = len(re.findall(r"\x1b\[<[0-9]*u", raw))
    if pushes > pops:
        left["kitty"] = f"kitty keyboard protocol pushed {pushes} time(s), popped {pops}"
    return left
