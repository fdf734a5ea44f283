"""When each planted story happens, relative to the generator's ``end`` date.
Named constants so tests and docs agree on one definition."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

HISTORY_DAYS = 548            # ~18 months of data ending at ``end``
CHEF_START_DAYS_BEFORE_END = 150
KITCHEN_WINDOW_DAYS = 56      # ~8 weeks of food complaints after the new chef starts
SLOW_WEEKEND_DAYS_BEFORE_END = 330
SLOW_WEEKEND_DAYS = 42        # ~6 weeks
FAKE_BURST_DAYS_BEFORE_END = 40
FAKE_BURST_COUNT = 30
LAPSED_COUNT = 40
AT_RISK_COUNT = 30
LAPSED_STOP_MIN_DAYS = 62     # lapsed regulars' last visit is 62..122 days before end
LAPSED_STOP_MAX_DAYS = 122
AT_RISK_DECLINE_DAYS = 140    # at-risk customers start visiting less this long before end
POISONING_DAY_OFFSET = 19     # days after the chef starts
NUT_REACTION_DAY_OFFSET = 33


@dataclass(frozen=True)
class Timeline:
    start: date
    end: date
    chef_start: date
    kitchen_end: date
    slow_start: date
    slow_end: date
    burst_start: date
    burst_end: date
    at_risk_decline: date

    @staticmethod
    def for_end(end: date) -> "Timeline":
        start = end - timedelta(days=HISTORY_DAYS - 1)
        chef = end - timedelta(days=CHEF_START_DAYS_BEFORE_END)
        slow = end - timedelta(days=SLOW_WEEKEND_DAYS_BEFORE_END)
        slow -= timedelta(days=slow.weekday())  # a Monday
        burst = end - timedelta(days=FAKE_BURST_DAYS_BEFORE_END)
        return Timeline(
            start=start, end=end, chef_start=chef,
            kitchen_end=chef + timedelta(days=KITCHEN_WINDOW_DAYS - 1),
            slow_start=slow, slow_end=slow + timedelta(days=SLOW_WEEKEND_DAYS - 1),
            burst_start=burst, burst_end=burst + timedelta(days=1),
            at_risk_decline=end - timedelta(days=AT_RISK_DECLINE_DAYS),
        )

    def in_kitchen(self, d: date) -> bool:
        return self.chef_start <= d <= self.kitchen_end

    def in_slow_weekend(self, d: date) -> bool:
        return self.slow_start <= d <= self.slow_end and d.weekday() >= 5

    def days(self) -> list[date]:
        n = (self.end - self.start).days + 1
        return [self.start + timedelta(days=i) for i in range(n)]
