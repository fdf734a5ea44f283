"""Reads and writes over the schema. Functions take an open ``Session`` (the
caller owns the transaction) and return core records or plain rows, never
ORM objects that would leak out of the session.

Callers use ``from desktop.storage import repositories as repo``; the
functions live in one module per area and are all re-exported here."""
from desktop.storage.repositories._base import *  # noqa: F401,F403
from desktop.storage.repositories.batches import *  # noqa: F401,F403
from desktop.storage.repositories.changes import *  # noqa: F401,F403
from desktop.storage.repositories.consent import *  # noqa: F401,F403
from desktop.storage.repositories.customer_store import *  # noqa: F401,F403
from desktop.storage.repositories.customers import *  # noqa: F401,F403
from desktop.storage.repositories.insights import *  # noqa: F401,F403
from desktop.storage.repositories.links import *  # noqa: F401,F403
from desktop.storage.repositories.merge_log import *  # noqa: F401,F403
from desktop.storage.repositories.orders import *  # noqa: F401,F403
from desktop.storage.repositories.reviews import *  # noqa: F401,F403
from desktop.storage.repositories.customer_data import *  # noqa: F401,F403
from desktop.storage.repositories.menu import *  # noqa: F401,F403
from desktop.storage.repositories.privacy import *  # noqa: F401,F403
from desktop.storage.repositories.profiles import *  # noqa: F401,F403
from desktop.storage.repositories.tiers import *  # noqa: F401,F403
from desktop.storage.repositories.messaging import *  # noqa: F401,F403
from desktop.storage.repositories.overview import *  # noqa: F401,F403
from desktop.storage.repositories.locations import *  # noqa: F401,F403
from desktop.storage.repositories.stored_reports import *  # noqa: F401,F403
