"""The customer side, Qt-free and SQLAlchemy-free: visits from orders,
segments against each person's own rhythm, loyalty tiers, RFM in plain words,
menu tags, structured preferences, suggestions and review-author matching.
Pure functions over records and frames; see ../shared ARCHITECTURE.md."""
