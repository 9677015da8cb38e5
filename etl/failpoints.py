"""Named crash points for the interruption tests: with ``NEWS_FAILPOINT=<name>`` the process dies right there.

A crash point kills its whole process group with SIGKILL, as an out-of-memory killer or a pulled plug would:
no ``finally`` runs, no temporary file is cleaned.  Unset, it costs one dictionary lookup.
"""

from __future__ import annotations

import os
import signal


def crash_point(name: str) -> None:
    if os.environ.get("NEWS_FAILPOINT") == name:
        os.killpg(os.getpgid(0), signal.SIGKILL)
