"""The value the demo generator returns. Frozen dataclasses, stdlib only."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.core.records import CustomerRecord, OrderRecord, PreferenceRecord, ReviewRecord


@dataclass(frozen=True)
class Story:
    """One pattern deliberately planted in the demo data so tests and the
    analysis can check it is found. ``start``/``end`` are inclusive dates."""

    name: str
    start: date
    end: date
    description: str


@dataclass(frozen=True)
class DemoData:
    """Everything the ``demo`` command persists. All tuples are in a stable,
    deterministic order (reviews and orders by time)."""

    business_name: str
    locations: tuple[str, ...]
    reviews: tuple[ReviewRecord, ...]
    customers: tuple[CustomerRecord, ...]
    orders: tuple[OrderRecord, ...]
    preferences: tuple[PreferenceRecord, ...]
    staff: tuple[str, ...]
    dishes: tuple[str, ...]
    stories: tuple[Story, ...]

    def counts(self) -> dict[str, int]:
        """Sizes for a CLI summary line."""
        return {"reviews": len(self.reviews), "customers": len(self.customers),
                "orders": len(self.orders), "order_lines": sum(len(o.lines) for o in self.orders),
                "preferences": len(self.preferences), "stories": len(self.stories)}

    def story(self, name: str) -> Story:
        """The planted story called ``name``; KeyError if there is none."""
        for s in self.stories:
            if s.name == name:
                return s
        raise KeyError(name)
