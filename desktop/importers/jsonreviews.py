"""JSON review formats: Google Business Profile (Takeout and API), Google
Places (legacy and new), Yelp Fusion, Yelp Open Dataset (JSON Lines, streamed),
Tripadvisor (Apify and Content API), Facebook recommendations, Apify Google
Maps and Outscraper JSON.

Recognition is by the shape of the items (FORMATS.md §3), never by file name
alone; :func:`recognise_items` returns None for anything it does not know.
"""
from __future__ import annotations

from typing import Any, Callable, Iterable, Iterator

from desktop.core.records import ReviewRecord
from desktop.importers.dates import from_zone, parse_datetime
from desktop.importers.reviews import make_review, recommendation

Item = dict[str, Any]


def _g(d: Any, *path: str) -> Any:
    """Nested get: ``_g(item, "reviewer", "displayName")``; None when missing."""
    for key in path:
        if not isinstance(d, dict):
            return None
        d = d.get(key)
    return d


def _text_of(v: Any) -> Any:
    """Some wrappers nest text as {"text": ...} or {"comment": ...}."""
    if isinstance(v, dict):
        return v.get("text") or v.get("comment")
    return v


def gbp(item: Item, location: str | None) -> ReviewRecord:
    reply = item.get("reviewReply")
    reply = reply if isinstance(reply, dict) else {}
    author = None if _g(item, "reviewer", "isAnonymous") else _g(item, "reviewer", "displayName")
    return make_review(
        source="google", external_id=item.get("reviewId") or item.get("name"), author=author,
        rating=item.get("starRating"), rating_column="starRating", text=_text_of(item.get("comment")),
        created_at=parse_datetime(item.get("createTime"), column="createTime"),
        reply_text=_text_of(reply.get("comment")),
        reply_at=parse_datetime(reply.get("updateTime"), column="reviewReply.updateTime"),
        location=location, id_column="reviewId",
    )


def places_legacy(item: Item, location: str | None) -> ReviewRecord:
    return make_review(
        source="google", external_id=None, author=item.get("author_name"), rating=item.get("rating"),
        text=item.get("text"), created_at=parse_datetime(item.get("time"), column="time"),
        language=item.get("language"), location=location,
    )


def places_new(item: Item, location: str | None) -> ReviewRecord:
    original = _g(item, "originalText", "text")
    shown = _g(item, "text", "text")
    return make_review(
        source="google", external_id=item.get("name"), author=_g(item, "authorAttribution", "displayName"),
        rating=item.get("rating"), text=original or shown,
        translated_text=shown if original and shown != original else None,
        created_at=parse_datetime(item.get("publishTime"), column="publishTime"),
        language=_g(item, "originalText", "languageCode") or _g(item, "text", "languageCode"),
        location=location,
    )


def yelp_fusion(item: Item, location: str | None) -> ReviewRecord:
    created = parse_datetime(item.get("time_created"), column="time_created")
    return make_review(
        source="yelp", external_id=item.get("id"), author=_g(item, "user", "name"), rating=item.get("rating"),
        text=item.get("text"), created_at=from_zone(created, "America/Los_Angeles"), location=location,
    )


def yelp_dataset(item: Item, location: str | None) -> ReviewRecord:
    return make_review(
        source="yelp", external_id=item.get("review_id"), author=item.get("user_id"), rating=item.get("stars"),
        rating_column="stars", text=item.get("text"), created_at=parse_datetime(item.get("date"), column="date"),
        location=location or item.get("business_id"), id_column="review_id",
    )


def tripadvisor(item: Item, location: str | None) -> ReviewRecord:
    owner = item.get("ownerResponse") or item.get("owner_response")
    owner = owner if isinstance(owner, dict) else {}
    return make_review(
        source="tripadvisor", external_id=item.get("id"),
        author=_g(item, "user", "name") or _g(item, "user", "username"), rating=item.get("rating"),
        text=item.get("text"), title=item.get("title"), language=item.get("lang"),
        created_at=parse_datetime(item.get("publishedDate") or item.get("published_date"), column="publishedDate"),
        reply_text=owner.get("text"),
        reply_at=parse_datetime(owner.get("publishedDate") or owner.get("published_date"),
                                column="ownerResponse.publishedDate"),
        location=_g(item, "placeInfo", "name") or location,
        author_reviews=_g(item, "user", "contributions", "totalContributions"),
    )


def trustpilot(item: Item, location: str | None) -> ReviewRecord:
    reply = item.get("companyReply")
    reply = reply if isinstance(reply, dict) else {}
    return make_review(
        source="trustpilot", external_id=item.get("id"), author=_g(item, "consumer", "displayName"),
        rating=item.get("stars"), rating_column="stars", text=item.get("text"), title=item.get("title"),
        language=item.get("language"), created_at=parse_datetime(item.get("createdAt"), column="createdAt"),
        reply_text=reply.get("text"), reply_at=parse_datetime(reply.get("createdAt"), column="companyReply.createdAt"),
        location=_g(item, "businessUnit", "displayName") or location,
    )


def facebook(item: Item, location: str | None) -> ReviewRecord:
    rec = recommendation(item.get("recommendation_type"), "recommendation_type")
    # legacy 1-5 stars are kept only when present; a recommendation is not a star rating
    return make_review(
        source="facebook", external_id=_g(item, "open_graph_story", "id") or item.get("id"),
        author=_g(item, "reviewer", "name") or item.get("reviewer_name"),
        rating=item.get("rating") if item.get("has_rating", True) else None,
        text=item.get("review_text"), recommended=rec,
        created_at=parse_datetime(item.get("created_time"), column="created_time"), location=location,
    )


def apify_google(item: Item, location: str | None) -> ReviewRecord:
    return make_review(
        source="google", external_id=item.get("reviewId"), author=item.get("name"), rating=item.get("stars"),
        rating_column="stars", text=item.get("text"), translated_text=item.get("textTranslated"),
        created_at=parse_datetime(item.get("publishedAtDate"), column="publishedAtDate"),
        reply_text=item.get("responseFromOwnerText"),
        reply_at=parse_datetime(item.get("responseFromOwnerDate"), column="responseFromOwnerDate"),
        location=item.get("title") or location, language=item.get("originalLanguage"), id_column="reviewId",
        author_reviews=item.get("reviewerNumberOfReviews"), author_local_guide=item.get("isLocalGuide"),
    )


def outscraper(item: Item, location: str | None) -> ReviewRecord:
    created = item.get("review_timestamp") or item.get("review_datetime_utc")
    reply_at = item.get("owner_answer_timestamp") or item.get("owner_answer_timestamp_datetime_utc")
    return make_review(
        source="google", external_id=item.get("review_id"),
        author=item.get("author_title") or item.get("autor_name"), rating=item.get("review_rating"),
        rating_column="review_rating", text=item.get("review_text"),
        created_at=parse_datetime(created, dayfirst=False, column="review_timestamp"),
        reply_text=item.get("owner_answer"),
        reply_at=parse_datetime(reply_at, dayfirst=False, column="owner_answer_timestamp"),
        location=item.get("name") or location, id_column="review_id",
        author_reviews=item.get("author_reviews_count"),
    )


Parser = Callable[[Item, "str | None"], ReviewRecord]


def recognise_item(item: Any) -> tuple[str, Parser] | None:
    """Format name and parser for one review object, by its keys."""
    if not isinstance(item, dict):
        return None
    keys = item.keys()
    if "starRating" in keys:
        return "google_business_profile", gbp
    if "recommendation_type" in keys:
        return "facebook", facebook
    if "review_rating" in keys and ("review_datetime_utc" in keys or "review_timestamp" in keys):
        return "outscraper", outscraper
    if "stars" in keys and "publishedAtDate" in keys:
        return "apify_google_maps", apify_google
    if {"review_id", "business_id", "stars"} <= keys:
        return "yelp_dataset", yelp_dataset
    if "stars" in keys and "createdAt" in keys and "consumer" in keys:
        return "trustpilot", trustpilot
    if "time_created" in keys and "rating" in keys:
        return "yelp_fusion", yelp_fusion
    if ("publishedDate" in keys or "published_date" in keys) and "rating" in keys and (
            "travelDate" in keys or "tripType" in keys or "placeInfo" in keys or "trip_type" in keys):
        return "tripadvisor", tripadvisor
    if "author_name" in keys and "rating" in keys and ("relative_time_description" in keys or "time" in keys):
        return "google_places", places_legacy
    if "authorAttribution" in keys and "rating" in keys:
        return "google_places_new", places_new
    return None


def review_items(doc: Any) -> tuple[Iterable[Item], str | None]:
    """Find the list of review objects in a parsed JSON document.

    Handles ``{"reviews": [...]}``, ``{"result": {"reviews": [...]}}``,
    ``{"data": [...]}``, a bare list, a single review object, and Outscraper's
    ``[{place..., "reviews_data": [...]}]`` (possibly nested one list deeper).
    Returns the items and a location name when the wrapper has one.
    """
    if isinstance(doc, dict):
        for path in (("reviews",), ("result", "reviews"), ("data",), ("place", "reviews")):
            v = _g(doc, *path)
            if isinstance(v, list):
                loc = _g(doc, "result", "name") or _g(doc, "displayName", "text") or _g(doc, "name")
                return v, loc if isinstance(loc, str) and path != ("reviews",) else None
        return [doc], None
    if isinstance(doc, list):
        if doc and all(isinstance(x, list) for x in doc):
            doc = [y for x in doc for y in x]
        if doc and isinstance(doc[0], dict) and "reviews_data" in doc[0]:
            return _outscraper_flat(doc), None
        return doc, None
    return [], None


def _outscraper_flat(places: list[Any]) -> Iterator[Item]:
    for place in places:
        if not isinstance(place, dict):
            continue
        for r in place.get("reviews_data") or []:
            if isinstance(r, dict):
                yield {"name": place.get("name"), **r}
