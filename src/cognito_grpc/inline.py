"""Backend calls on the server's event loop, which must never block.

The service runs a backend's quick calls (the engine's `inline_operations`) on its event loop
with `no_waiting` set. A backend that would have to wait for a lock there raises WouldWait
before it has changed anything, and the service runs the call again in a thread, where
waiting is harmless.
"""

from __future__ import annotations

import contextvars

no_waiting: contextvars.ContextVar[bool] = contextvars.ContextVar("no_waiting", default=False)


class WouldWait(Exception):
    """The call would wait for a lock; nothing was written, so it may run again elsewhere."""
