"""A pseudo-terminal driver for end-to-end tests of interactive programs.

Runs a command on a new pty (so it sees a terminal on stdin and stdout, and Ctrl-C arrives as
SIGINT from the terminal driver), types keys into it and waits for text to appear in its
output, or for the terminal mode to change, with a deadline instead of blind sleeps. Output is kept raw (escape sequences and
all); `expect` searches what arrived since the previous match.
"""
import fcntl
import os
import pty
import re
import select
import signal
import struct
import termios
import time

KEYS = {
    "tab": "\t",
    "enter": "\r",
    "up": "\x1b[A",
    "down": "\x1b[B",
    "ctrl-c": "\x03",
    "ctrl-d": "\x04",
    "ctrl-r": "\x12",
    "ctrl-u": "\x15",
}


class Timeout(AssertionError):
    pass


class Terminal:
    def __init__(self, argv, env, rows=40, cols=160):
        pid, fd = pty.fork()
        if pid == 0:
            try:
                os.execvpe(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.output = b""
        self.mark = 0  # where the next expect starts looking
        self.status = None

    def send(self, text):
        """Types text; {name} inserts a key from KEYS, e.g. "MAT{tab}"."""
        data = re.sub(r"\{([a-z-]+)\}", lambda m: KEYS[m.group(1)], text)
        os.write(self.fd, data.encode())

    def _read(self, timeout):
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return False
        try:
            chunk = os.read(self.fd, 65536)
        except OSError:  # EIO: the other side closed
            chunk = b""
        if not chunk:
            raise EOFError
        self.output += chunk
        return True

    def expect(self, pattern, timeout=5.0):
        """Waits until `pattern` (a regex over the decoded output) appears after the mark;
        moves the mark past it and returns the match."""
        regex = re.compile(pattern)
        deadline = time.monotonic() + timeout
        while True:
            text = self.output[self.mark:].decode("utf-8", "replace")
            m = regex.search(text)
            if m:
                self.mark += len(text[: m.end()].encode("utf-8"))
                return m
            left = deadline - time.monotonic()
            if left <= 0:
                raise Timeout("no %r within %.1fs; output since the last match:\n%r" % (pattern, timeout, text[-2000:]))
            try:
                self._read(left)
            except EOFError:
                raise Timeout("the program ended before %r appeared; output:\n%r" % (pattern, text[-2000:]))

    def wait_editing(self, timeout=5.0):
        """Waits until the program has put the terminal in character mode (ICANON off), as a
        line editor does after drawing its prompt. Keys such as Ctrl-R or Ctrl-D typed before
        that would be taken by the kernel's line discipline instead of the program."""
        deadline = time.monotonic() + timeout
        while termios.tcgetattr(self.fd)[3] & termios.ICANON:
            if time.monotonic() > deadline:
                raise Timeout("the terminal stayed in line mode for %.1fs" % timeout)
            time.sleep(0.002)

    def since_mark(self):
        return self.output[self.mark:].decode("utf-8", "replace")

    def wait_exit(self, timeout=5.0):
        """Waits for the program to end, reading what it still prints; returns its exit code."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(status)
                return self.status
            try:
                self._read(0.05)
            except EOFError:
                time.sleep(0.01)
        raise Timeout("the program did not end within %.1fs" % timeout)

    def close(self):
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except OSError:
                pass
        os.close(self.fd)
