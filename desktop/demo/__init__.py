"""Deterministic demo data for Regulars: reviews, customers, orders and
preferences for a fictional two-location café, with planted stories.

Imports only desktop.core and the stdlib.
"""
from __future__ import annotations

from desktop.demo.generator import DEFAULT_END, generate
from desktop.demo.model import DemoData, Story

__all__ = ["generate", "DemoData", "Story", "DEFAULT_END"]
