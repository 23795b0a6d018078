"""Drive a command through a pseudo-terminal and print what its screen shows.

    python3 pty_session.py STEPS.json -- COMMAND [ARG ...]

STEPS.json is a list of steps, run in order:
    {"expect": TEXT}     wait until the output since the last match holds TEXT
    {"send": TEXT}       type TEXT a key at a time ("\\u001b[A" is Up)
    {"signal": "SIGINT"} send a signal to the command's process
Then the command's end is awaited. Prints one JSON object: "screen", the
lines the terminal shows (a small terminal emulator renders the bytes:
cursor moves, line erases and carriage returns as a terminal does them),
and "status": "exit N" or "signal N". A step that does not happen within
the timeout (seconds, the TIMEOUT variable, default 60) ends the command
and prints the screen so far with "status": "timeout at step I".
"""
import json
import os
import pty
import re
import select
import signal
import sys
import time

TIMEOUT = float(os.environ.get("TIMEOUT", "60"))
KEY = re.compile(r"\x1b\[[0-9;]*[@-~]|\x1bO.|.", re.S)
CSI = re.compile(r"\x1b\[([?0-9;]*)([@-~])")


def render(data: bytes) -> list:
    """The screen's lines after `data`, written to an endless-width terminal."""
    lines = [[]]
    row = col = 0
    i = 0
    text = data.decode("utf-8", "replace")
    while i < len(text):
        c = text[i]
        if c == "\x1b":
            m = CSI.match(text, i)
            if m is None:
                i += 2
                continue
            params, final = m.group(1), m.group(2)
            nums = [int(p) if p.isdigit() else 0 for p in params.lstrip("?").split(";")] if params else []
            n = nums[0] if nums and nums[0] > 0 else 1
            if final == "C":
                col += n
            elif final == "D":
                col = max(0, col - n)
            elif final == "G":
                col = n - 1
            elif final == "A":
                row = max(0, row - n)
            elif final == "B":
                row += n
            elif final == "K":
                mode = nums[0] if nums else 0
                line = lines[row]
                if mode == 0:
                    del line[col:]
                elif mode == 1:
                    for k in range(min(col + 1, len(line))):
                        line[k] = " "
                else:
                    line.clear()
            elif final == "J":
                mode = nums[0] if nums else 0
                if mode == 0:
                    del lines[row][col:]
                    del lines[row + 1:]
            i += len(m.group(0))
            while len(lines) <= row:
                lines.append([])
            continue
        if c == "\r":
            col = 0
        elif c == "\n":
            row += 1
            while len(lines) <= row:
                lines.append([])
        elif c == "\b":
            col = max(0, col - 1)
        elif c == "\x07":
            pass
        else:
            line = lines[row]
            while len(line) < col:
                line.append(" ")
            if col < len(line):
                line[col] = c
            else:
                line.append(c)
            col += 1
        i += 1
    out = ["".join(line).rstrip() for line in lines]
    while out and out[-1] == "":
        out.pop()
    return out


def main():
    steps = json.load(open(sys.argv[1]))
    command = sys.argv[sys.argv.index("--") + 1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm"
        try:
            os.execvp(command[0], command)
        finally:
            os._exit(127)
    data = bytearray()
    seen = 0
    status = None

    def pump(deadline):
        """Read what the command wrote until `deadline`; False at its end."""
        wait = max(0.0, deadline - time.monotonic())
        ready, _, _ = select.select([fd], [], [], min(wait, 0.05))
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                return False
            if not chunk:
                return False
            data.extend(chunk)
        return True

    for index, step in enumerate(steps):
        if "expect" in step:
            want = step["expect"].encode()
            deadline = time.monotonic() + TIMEOUT
            while True:
                at = data.find(want, seen)
                if at >= 0:
                    seen = at + len(want)
                    break
                if time.monotonic() > deadline or not pump(deadline):
                    status = f"timeout at step {index}"
                    break
            if status is not None:
                break
        elif "send" in step:
            # One key at a time, as typed (an escape sequence is one key).
            for key in KEY.findall(step["send"]):
                os.write(fd, key.encode())
                time.sleep(0.02)
        elif "signal" in step:
            os.kill(pid, getattr(signal, step["signal"]))
    deadline = time.monotonic() + TIMEOUT
    if status is None:
        while time.monotonic() < deadline and pump(deadline):
            pass
    if status is not None or time.monotonic() >= deadline:
        status = status or "timeout at the end"
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    else:
        _, st = os.waitpid(pid, 0)
        status = f"signal {os.WTERMSIG(st)}" if os.WIFSIGNALED(st) else f"exit {os.WEXITSTATUS(st)}"
    print(json.dumps({"screen": render(bytes(data)), "status": status, **({"raw": data.decode("utf-8", "replace")} if os.environ.get("RAW") else {})}))


if __name__ == "__main__":
    main()
