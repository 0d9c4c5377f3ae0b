"""Integration Desk's benchmarks: `make bench`, i.e. `.venv/bin/python benchmarks/run.py`.

Prints ONE JSON object on stdout (sorted keys, floats rounded to 3 decimals) holding every figure of
the benchmarks that ran; progress and the children's complaints go to stderr. Exit code 0 when all
benchmarks ran, 1 when one failed (a child process exiting non-zero or hanging; its stderr is shown),
2 for unusable arguments.

    .venv/bin/python benchmarks/run.py                       # all benchmarks
    .venv/bin/python benchmarks/run.py --only startup        # a subset (comma-separated names)
    .venv/bin/python benchmarks/run.py --database other.sqlite3
    .venv/bin/python benchmarks/run.py --list                # the benchmarks' names

The benchmarks use a scale-10 demo database, `bench-scale10.sqlite3` in the repository root
(gitignored): reused when it already holds data, otherwise seeded with
`integration-desk --database sqlite:///… seed-demo --scale 10` (and then timed as `seed_scale10_s`).

Adding a figure: write a function taking the `Context` and returning a dict of figures, decorate it
with `@benchmark("name")`; the benchmarks run in the order they are defined and their dicts are merged
(a figure name may only be produced once). `Context.run` runs a child process and measures its wall
time and peak RSS; `Context.database_url()` gives the demo database, seeding it on first use.

Children run with QT_QPA_PLATFORM=offscreen, with the same interpreter as this script
(sys.executable), and with a throw-away configuration folder (XDG_CONFIG_HOME and
INTEGRATION_DESK_SETTINGS) so that neither the developer's saved window state or language changes
what is measured nor the benchmark overwrites them.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = Path(__file__).resolve().parent
DEFAULT_DATABASE = ROOT / "bench-scale10.sqlite3"
SCALE = 10
DEMO_USER = "mette"
SEED_TIMEOUT_S = 1800.0

Figures = dict[str, float | int]
BenchmarkFunction = Callable[["Context"], Figures]

#: name -> function, in the order of definition (which is the order they run in)
BENCHMARKS: dict[str, BenchmarkFunction] = {}


def benchmark(name: str) -> Callable[[BenchmarkFunction], BenchmarkFunction]:
    """Register a benchmark under ``name`` (the name `--only` takes)."""

    def register(function: BenchmarkFunction) -> BenchmarkFunction:
        if name in BENCHMARKS or "," in name:
            raise ValueError(f"benchmark name taken or unusable: {name!r}")
        BENCHMARKS[name] = function
        return function

    return register


class BenchmarkError(Exception):
    """A benchmark could not produce its figures; the message says why (stderr of the child included)."""


def log(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------------
# Child processes


@dataclass(frozen=True)
class ChildResult:
    seconds: float
    peak_rss_mib: float
    stdout: str
    stderr: str


def _read(handle: IO[bytes]) -> str:
    handle.seek(0)
    return handle.read().decode("utf-8", errors="replace")


def _describe_failure(what: str, argv: Sequence[str], problem: str, stdout: str, stderr: str) -> str:
    lines = [f"{what} {problem}", f"  command: {subprocess.list2cmdline(list(argv))}"]
    if stdout.strip():
        lines.append("  --- its stdout ---")
        lines.extend("  " + line for line in stdout.rstrip().splitlines()[-40:])
    lines.append("  --- its stderr ---" if stderr.strip() else "  (its stderr was empty)")
    lines.extend("  " + line for line in stderr.rstrip().splitlines())
    return "\n".join(lines)


def _maxrss_mib(maxrss: int) -> float:
    # getrusage/wait4 give ru_maxrss in KiB on Linux, in bytes on macOS.
    return maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024


def run_child(argv: Sequence[str], *, env: dict[str, str], timeout: float, what: str) -> ChildResult:
    """Run ``argv`` to completion; its wall time (from spawning to exit) and its own peak RSS.

    Raises BenchmarkError (with the child's output) when it exits non-zero or outlives ``timeout``.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        try:
            process = subprocess.Popen(
                list(argv), cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err
            )
        except OSError as error:
            raise BenchmarkError(f"{what} could not be started: {error}") from error
        # wait4 blocks until the child is gone and reaps it; a timer kills it if it hangs (a dialog
        # on an offscreen platform waits forever). The lock keeps the timer off an already reaped pid.
        lock = threading.Lock()
        reaped = False
        timed_out = threading.Event()

        def kill() -> None:
            with lock:
                if not reaped:
                    timed_out.set()
                    os.kill(process.pid, signal.SIGKILL)

        timer = threading.Timer(timeout, kill)
        timer.daemon = True
        timer.start()
        try:
            _pid, status, usage = os.wait4(process.pid, 0)
            elapsed = time.perf_counter() - start
        except BaseException:  # e.g. Ctrl+C: do not leave the child behind
            timer.cancel()
            process.kill()
            process.wait()
            raise
        with lock:
            reaped = True
        timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        stdout, stderr = _read(out), _read(err)
    if timed_out.is_set():
        problem = f"did not finish within {timeout:g} s and was killed"
        raise BenchmarkError(_describe_failure(what, argv, problem, stdout, stderr))
    if process.returncode != 0:
        problem = (
            f"was killed by signal {-process.returncode}"
            if process.returncode < 0
            else f"failed with exit code {process.returncode}"
        )
        raise BenchmarkError(_describe_failure(what, argv, problem, stdout, stderr))
    return ChildResult(elapsed, _maxrss_mib(usage.ru_maxrss), stdout, stderr)


# ---------------------------------------------------------------------------------------------------
# What the benchmarks share


def _has_data(path: Path) -> bool:
    """True when ``path`` is an SQLite database with at least one person in it."""
    if not path.is_file():
        return False
    try:
        with contextlib.closing(sqlite3.connect(path)) as connection:
            return connection.execute("SELECT 1 FROM persons LIMIT 1").fetchone() is not None
    except sqlite3.Error:
        return False


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


@dataclass
class Context:
    database: Path
    repeat: int
    timeout: float
    config_dir: Path
    #: figures that come from preparing shared things (the demo database), reported with the rest
    setup_figures: Figures = field(default_factory=dict)
    _database_ready: bool = False

    @property
    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["QT_QPA_PLATFORM"] = "offscreen"
        env["XDG_CONFIG_HOME"] = str(self.config_dir)
        env["INTEGRATION_DESK_SETTINGS"] = str(self.config_dir / "settings.ini")
        env.pop("INTEGRATION_DESK_DATABASE_URL", None)
        return env

    def run(self, argv: Sequence[str], what: str, *, timeout: float | None = None) -> ChildResult:
        return run_child(argv, env=self.env, timeout=timeout or self.timeout, what=what)

    def database_url(self) -> str:
        """The scale-10 demo database's SQLAlchemy URL; seeds it first if it holds no data yet."""
        if not self._database_ready:
            self._prepare_database()
            self._database_ready = True
        return f"sqlite:///{self.database.as_posix()}"

    def _prepare_database(self) -> None:
        if _has_data(self.database):
            log(f"reusing {self.database}")
            return
        existed = self.database.exists()
        log(f"seeding a scale-{SCALE} demo database at {self.database} …")
        script = Path(sys.executable).with_name("integration-desk")
        command = [str(script)] if script.is_file() else [sys.executable, "-m", "integration_desk"]
        argv = [
            *command,
            "--database",
            f"sqlite:///{self.database.as_posix()}",
            "seed-demo",
            "--scale",
            str(SCALE),
        ]
        try:
            result = self.run(argv, "seed-demo", timeout=SEED_TIMEOUT_S)
        except BenchmarkError:
            if not existed:  # no half-made database for the next run to trip over
                _remove_database(self.database)
            raise
        if not _has_data(self.database):
            raise BenchmarkError(
                f"seed-demo added no persons to {self.database} (it only fills an empty database):\n"
                f"  {result.stdout.strip()}\n  delete the file or choose another one with --database"
            )
        log(f"seeded in {result.seconds:.1f} s: {result.stdout.strip()}")
        self.setup_figures[f"seed_scale{SCALE}_s"] = result.seconds


# ---------------------------------------------------------------------------------------------------
# The benchmarks


@benchmark("seed")
def seed(ctx: Context) -> Figures:
    """Make sure the demo database exists (its figure, if it had to be made, is a setup figure)."""
    ctx.database_url()
    return {}


@benchmark("startup")
def startup(ctx: Context) -> Figures:
    """Time and peak memory from spawning the program until its main window has painted once,
    against the same for a bare PySide6 window (benchmarks/bare_window.py)."""
    from integration_desk.db.demo import demo_today

    app = [
        sys.executable, "-m", "integration_desk",
        "--database", ctx.database_url(),
        "--user", DEMO_USER,
        "--today", demo_today(SCALE).isoformat(),
        "gui", "--quit-after", "paint",
    ]  # fmt: skip
    with_data = [*app[:-1], "data"]
    bare = [sys.executable, str(BENCH_DIR / "bare_window.py")]

    log("start-up: warming up …")
    for argv, what in ((app, "integration-desk gui"), (bare, "bare window")):
        warm = ctx.run(argv, f"{what} (warm-up)")
        if warm.stderr.strip():
            log(f"{what} wrote to stderr:\n{warm.stderr.rstrip()}")
    app_runs: list[ChildResult] = []
    bare_runs: list[ChildResult] = []
    data_runs: list[ChildResult] = []
    for index in range(ctx.repeat):  # interleaved, so that drift hits both alike
        app_runs.append(ctx.run(app, "integration-desk gui"))
        bare_runs.append(ctx.run(bare, "bare window"))
        data_runs.append(ctx.run(with_data, "integration-desk gui until data"))
        log(
            f"start-up run {index + 1}/{ctx.repeat}: "
            f"app {app_runs[-1].seconds:.3f} s {app_runs[-1].peak_rss_mib:.1f} MiB, "
            f"bare {bare_runs[-1].seconds:.3f} s {bare_runs[-1].peak_rss_mib:.1f} MiB"
        )
    app_s = statistics.median(run.seconds for run in app_runs)
    bare_s = statistics.median(run.seconds for run in bare_runs)
    app_rss = max(run.peak_rss_mib for run in app_runs)
    bare_rss = max(run.peak_rss_mib for run in bare_runs)
    return {
        "startup_to_window_s": app_s,
        "startup_peak_rss_mib": app_rss,
        "bare_window_startup_s": bare_s,
        "bare_window_peak_rss_mib": bare_rss,
        "startup_ratio": app_s / bare_s,
        # The window paints before the database opens; this is until the overview shows its data.
        "startup_to_data_s": statistics.median(run.seconds for run in data_runs),
        "startup_to_data_peak_rss_mib": max(run.peak_rss_mib for run in data_runs),
        "rss_ratio": app_rss / bare_rss,
    }


# ---------------------------------------------------------------------------------------------------
# Running them


def _merge(into: Figures, figures: Figures, source: str) -> None:
    for key, value in figures.items():
        if key in into:
            raise BenchmarkError(f"figure {key!r} from {source} was already produced by another benchmark")
        into[key] = value


def _rounded(figures: Figures) -> Figures:
    return {key: round(value, 3) if isinstance(value, float) else value for key, value in figures.items()}


def run_benchmarks(names: Sequence[str], ctx: Context) -> Figures:
    figures: Figures = {}
    for name in names:
        log(f"running {name} …")
        started = time.perf_counter()
        _merge(figures, BENCHMARKS[name](ctx), name)
        log(f"{name} done in {time.perf_counter() - started:.1f} s")
    _merge(figures, ctx.setup_figures, "setup")
    return figures


def _positive_int(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {text}")
    return int(text)


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"not a positive number: {text}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="benchmarks/run.py",
        description="Run Integration Desk's benchmarks and print their figures as one JSON object.",
    )
    parser.add_argument(
        "--only", metavar="NAME[,NAME]", help=f"run only these benchmarks (of: {', '.join(BENCHMARKS)})"
    )
    parser.add_argument(
        "--database",
        metavar="PATH",
        type=Path,
        default=DEFAULT_DATABASE,
        help=f"the SQLite demo database file, seeded at scale {SCALE} if it holds no data "
        f"(default: {DEFAULT_DATABASE.name} in the repository root)",
    )
    parser.add_argument(
        "--repeat",
        metavar="N",
        type=_positive_int,
        default=5,
        help="measured runs after one warm-up (default 5)",
    )
    parser.add_argument(
        "--timeout",
        metavar="SECONDS",
        type=_positive_float,
        default=120.0,
        help="how long one GUI start may take before it counts as hung (default 120)",
    )
    parser.add_argument("--list", action="store_true", help="print the benchmarks' names and stop")
    return parser


def _selected(parser: argparse.ArgumentParser, only: str | None) -> list[str]:
    if only is None:
        return list(BENCHMARKS)
    wanted = {name.strip() for name in only.split(",") if name.strip()}
    unknown = sorted(wanted - BENCHMARKS.keys())
    if not wanted or unknown:
        parser.error(f"--only takes names among {', '.join(BENCHMARKS)}; not {', '.join(unknown) or only!r}")
    return [name for name in BENCHMARKS if name in wanted]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.list:
        for name, function in BENCHMARKS.items():
            summary = (function.__doc__ or "").strip().splitlines()
            print(f"{name}\t{summary[0] if summary else ''}")
        return 0
    names = _selected(parser, args.only)
    if "://" in str(args.database):
        parser.error("--database takes a file path, not a URL")
    if not hasattr(os, "wait4"):
        log("needs os.wait4 to measure a child's own peak memory (Linux or macOS)")
        return 1
    database = args.database.expanduser().resolve()
    with tempfile.TemporaryDirectory(prefix="integration-desk-bench-") as config_dir:
        ctx = Context(
            database=database, repeat=args.repeat, timeout=args.timeout, config_dir=Path(config_dir)
        )
        try:
            # Whatever a benchmark (or a module it imports) prints must not spoil the JSON on stdout.
            with contextlib.redirect_stdout(sys.stderr):
                figures = run_benchmarks(names, ctx)
        except BenchmarkError as error:
            log(f"FAILED: {error}")
            return 1
        except KeyboardInterrupt:
            log("interrupted")
            return 130
    print(json.dumps(_rounded(figures), sort_keys=True))
    return 0


def load_benchmark_modules() -> None:
    """Import benchmarks/bench_*.py (one per area); they register with ``from run import benchmark``."""
    sys.modules.setdefault("run", sys.modules[__name__])  # one registry, also when run as a script
    for path in sorted(BENCH_DIR.glob("bench_*.py")):
        importlib.import_module(path.stem)


if __name__ == "__main__":
    load_benchmark_modules()
    raise SystemExit(main())
