"""Customer messages: recipients built from the customer side's results,
campaign plans, exports and SMTP sends, the message log, outcomes against the
hold-out, templates and the do-not-contact list.

Recipients come from ``services.message_recipients`` (one source of truth:
the customer side's segments, tiers, diets, allergies and consent, read, never
recomputed); everything here depends only on that result.

Threading: call with a session from a worker thread; pure otherwise.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Collection, Sequence

from desktop.core.errors import UserError
from desktop.core.progress import CancelToken, ProgressFn, check_cancel, no_progress
from desktop.core.records import Changed
from desktop.messaging.campaigns import HOLDOUT_SHARE, CampaignContext, plan_campaign, sample_fields
from desktop.messaging.exports import write_drafts_csv, write_eml
from desktop.messaging.lift import Outcome, outcome
from desktop.messaging.model import (
    CHANNELS,
    EMAIL,
    MARKETING,
    CampaignPlan,
    Draft,
    Exclusion,
    Offer,
    SentMessage,
    Suppression,
)
from desktop.messaging.rules import CAP_DAYS, QUIET_END, QUIET_START, RuleConfig, cap_reason, next_send_time, normal_address
from desktop.messaging.smtp import SendResult, SmtpSettings, send_drafts
from desktop.messaging.templates import (
    CAMPAIGNS,
    TemplateProblem,
    TemplateVersion,
    check_versions,
    default_versions,
    render,
    supported,
    versions_from_json,
    versions_to_json,
)
from desktop.services.customer_metrics import OverviewCache
from desktop.services.message_recipients import (  # noqa: F401 - re-exported: callers import them from here
    RecipientData,
    build_recipients,
    offer_with_menu_tags,
    recipient_overview,
)
from desktop.services.settings import (BUSINESS_LANGUAGE_KEY, BUSINESS_LANGUAGES, DEFAULT_BUSINESS_LANGUAGE,
                                       check_quiet_hours)
from desktop.storage import repositories as repo
from desktop.storage.database import Database

# -- the messaging service ---------------------------------------------------------------
# (everything below depends only on ``build_recipients``' result, not on how it is built)

CAP_DAYS_KEY = "messages/cap_days"
QUIET_START_KEY = "messages/quiet_start"
QUIET_END_KEY = "messages/quiet_end"
HOLDOUT_KEY = "messages/holdout_share"
SIGNATURE_KEY = "messages/signature"
SMTP_KEYS = ("smtp/host", "smtp/port", "smtp/security", "smtp/user", "smtp/sender")
"""Settings keys (database) of the messaging rules and of the owner's mail server. The SMTP
password is never stored: it is asked for when sending."""
BUSINESS_NAME_KEY = "business_name"
LOG_VIA = ("export", "smtp", "copy", "mail-client")
"""How a message left the app: exported files, sent by SMTP, copied, or opened in the mail program."""


@dataclass(frozen=True)
class MessagingSettings:
    """The owner's messaging settings (defaults from the rules)."""

    cap_days: int = CAP_DAYS
    quiet_start: time = QUIET_START
    quiet_end: time = QUIET_END
    holdout_share: float = HOLDOUT_SHARE
    signature: str = ""
    business_name: str = ""
    business_language: str = DEFAULT_BUSINESS_LANGUAGE
    smtp: SmtpSettings | None = None

    @property
    def rules(self) -> RuleConfig:
        return RuleConfig(cap_days=self.cap_days, quiet_start=self.quiet_start, quiet_end=self.quiet_end)


@dataclass(frozen=True)
class ExportResult:
    """What an export (or a send) wrote and logged."""

    run_id: int | None
    logged: int
    files: tuple[str, ...]
    skipped: tuple[Exclusion, ...]
    failed: tuple[SendResult, ...] = ()
    changed: Changed = Changed()


@dataclass(frozen=True)
class RunSummary:
    """A past campaign run with its outcome so far."""

    id: int
    campaign: str
    kind: str
    created_at: datetime
    seed: int
    mode: str
    offer_tags: str
    dish: str | None
    outcome: Outcome

    def as_json(self) -> dict:
        return {"id": self.id, "campaign": self.campaign, "kind": self.kind,
                "created_at": self.created_at.isoformat(timespec="minutes"), "seed": self.seed,
                "mode": self.mode, "offer_tags": self.offer_tags, "dish": self.dish,
                "outcome": self.outcome.as_json()}


@dataclass(frozen=True)
class LogEntry:
    id: int
    sent_at: datetime
    customer_id: int
    name: str | None
    campaign: str
    channel: str
    address: str
    language: str
    subject: str
    body: str
    via: str
    run_id: int | None


def parse_quiet_hours(text: str) -> tuple[time, time]:
    """``"21:00-09:00"`` -> (21:00, 09:00); UserError naming the problem for
    anything else, or for equal start and end."""
    parts = [p.strip() for p in (text or "").split("-")]
    try:
        if len(parts) != 2:
            raise ValueError
        start, end = (time.fromisoformat(p) for p in parts)
    except ValueError:
        raise UserError(f"'{text}' is not quiet hours such as 21:00-09:00 (from-until, 24-hour clock).") from None
    check_quiet_hours(start, end)
    return start.replace(second=0, microsecond=0), end.replace(second=0, microsecond=0)


def _parse_time(text: str | None, default: time) -> time:
    try:
        return time.fromisoformat(text) if text else default
    except ValueError:
        return default


def _history(rows: Sequence[tuple]) -> dict[int, list[SentMessage]]:
    out: dict[int, list[SentMessage]] = defaultdict(list)
    for cid, channel, campaign, sent_at, kind, run_id, review_id in rows:
        out[cid].append(SentMessage(cid, channel, campaign, sent_at, kind, run_id, review_id))
    return out


class MessagingService:
    """Campaigns end to end: recipients, plans, exports, SMTP sends, the log,
    outcomes, templates and the do-not-contact list.

    Threading: call from a worker thread (or the CLI); every call opens its
    own session. Writes (export, send, log, settings) should go through the
    UI's single write worker."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._overview = OverviewCache(db)

    # settings ---------------------------------------------------------------
    def settings(self) -> MessagingSettings:
        with self._db.session() as s:
            get = lambda key, default=None: repo.get_setting(s, key, default)  # noqa: E731
            try:
                cap = max(1, int(get(CAP_DAYS_KEY) or CAP_DAYS))
            except ValueError:
                cap = CAP_DAYS
            try:
                share = min(0.5, max(0.0, float(get(HOLDOUT_KEY) or HOLDOUT_SHARE)))
            except ValueError:
                share = HOLDOUT_SHARE
            host, port, security, user, sender = (get(k) or "" for k in SMTP_KEYS)
            smtp = None
            if host:
                smtp = SmtpSettings(host=host, port=int(port) if port.isdigit() else 587,
                                    security=security or "starttls", user=user, sender=sender)
            lang = (get(BUSINESS_LANGUAGE_KEY) or "").strip().lower()
            return MessagingSettings(
                cap_days=cap, quiet_start=_parse_time(get(QUIET_START_KEY), QUIET_START),
                quiet_end=_parse_time(get(QUIET_END_KEY), QUIET_END), holdout_share=share,
                signature=get(SIGNATURE_KEY) or "", business_name=get(BUSINESS_NAME_KEY) or "",
                business_language=lang if lang in BUSINESS_LANGUAGES else DEFAULT_BUSINESS_LANGUAGE, smtp=smtp)

    def save_settings(self, settings: MessagingSettings) -> Changed:
        """Store the rules, signature, business language and mail server (never a password).
        UserError, nothing stored, for a rule that makes no sense: a cap under a day, quiet
        hours that start and end at the same minute (22:00-22:00 would read as "never quiet"
        to the rule and "always quiet" to a person), a hold-out outside 0-50%."""
        if settings.cap_days < 1:
            raise UserError("The frequency cap must be at least one day.")
        check_quiet_hours(settings.quiet_start, settings.quiet_end)
        if not 0 <= settings.holdout_share <= 0.5:
            raise UserError("The hold-out must be between 0% and 50% of the customers.")
        if settings.business_language not in BUSINESS_LANGUAGES:
            raise UserError(f"Unknown language {settings.business_language!r}.")
        if settings.smtp is not None:
            settings.smtp.check()
        with self._db.session() as s:
            repo.set_setting(s, CAP_DAYS_KEY, str(settings.cap_days))
            repo.set_setting(s, QUIET_START_KEY, settings.quiet_start.strftime("%H:%M"))
            repo.set_setting(s, QUIET_END_KEY, settings.quiet_end.strftime("%H:%M"))
            repo.set_setting(s, HOLDOUT_KEY, f"{settings.holdout_share:g}")
            repo.set_setting(s, SIGNATURE_KEY, settings.signature.strip())
            repo.set_setting(s, BUSINESS_LANGUAGE_KEY, settings.business_language)
            smtp = settings.smtp
            values = (smtp.host, str(smtp.port), smtp.security, smtp.user, smtp.sender) if smtp else ("",) * 5
            for key, value in zip(SMTP_KEYS, values):
                repo.set_setting(s, key, value)
        return Changed()

    # recipients and plans -----------------------------------------------------
    def recipients(self, as_of: datetime | None = None) -> RecipientData:
        """Every customer as the campaigns see them (see :func:`build_recipients`)."""
        as_of = as_of or datetime.now()
        lang = self.settings().business_language
        with self._db.session() as s:
            return build_recipients(s, as_of, lang, recipient_overview(s, as_of, self._overview))

    def complete_offer(self, offer: Offer) -> Offer:
        """``offer`` with the menu catalogue's tags of the dish it names (see
        :func:`offer_with_menu_tags`): what the diet and allergy rules check."""
        if not offer.dish:
            return offer
        with self._db.session() as s:
            return offer_with_menu_tags(offer, repo.menu_tags_by_key(s))

    def context(self, data: RecipientData, settings: MessagingSettings | None = None) -> CampaignContext:
        settings = settings or self.settings()
        with self._db.session() as s:
            history = _history(repo.message_history(s))
            suppressions = [Suppression(value, kind, why, when) for kind, value, why, when in repo.suppression_rows(s)]
            templates = {(c, l): versions_from_json(v) for c, l, v in repo.template_rows(s)}
        return CampaignContext(business_name=settings.business_name, signature=settings.signature,
                               history=history, visits=data.visits, suppressions=suppressions,
                               config=settings.rules, templates=templates, known_until=data.data_as_of)

    def plan(self, campaign: str, offer: Offer | None = None, as_of: datetime | None = None,
             seed: int | None = None, progress: ProgressFn = no_progress,
             cancel: CancelToken | None = None, channels: Sequence[str] = CHANNELS,
             customer_ids: Collection[int] | None = None) -> CampaignPlan:
        """What ``campaign`` would do now: drafts, who is left out and why,
        the hold-out. The offer's tags are completed from the menu catalogue
        where it names a dish (:meth:`complete_offer`). ``customer_ids``
        (say, one location's customers) limits the audience before anything is
        decided, so the hold-out is drawn from them alone. Writes nothing.
        UserError for an unknown campaign or a broken template (naming it)."""
        if campaign not in CAMPAIGNS:
            raise UserError(f"Unknown campaign {campaign!r}: use one of {', '.join(CAMPAIGNS)}.")
        if campaign == "new-dish" and not (offer and offer.dish):
            raise UserError("The new-dish campaign needs the dish's name (--dish).")
        as_of = as_of or datetime.now()
        settings = self.settings()
        progress(0.1, "Reading your customers")
        data = self.recipients(as_of)
        if customer_ids is not None:
            wanted = set(customer_ids)
            data = replace(data, recipients=tuple(r for r in data.recipients if r.customer_id in wanted))
        check_cancel(cancel)
        ctx = replace(self.context(data, settings), channels=tuple(channels))
        offer = self.complete_offer(offer or Offer(campaign))
        progress(0.5, "Writing the drafts")
        try:
            plan = plan_campaign(campaign, data.recipients, offer, as_of, ctx, seed,
                                 settings.holdout_share, cancel=lambda: bool(cancel and cancel.cancelled))
        except TemplateProblem as exc:
            raise UserError(f"The {campaign} template cannot be used: {exc}") from None
        check_cancel(cancel)
        progress(1.0, "Drafts ready")
        return plan

    # leaving the app ------------------------------------------------------------
    def _still_allowed(self, plan: CampaignPlan, drafts: Sequence[Draft], now: datetime
                       ) -> tuple[list[Draft], list[Exclusion]]:
        """Drafts whose customer the cap still lets through now (something may
        have been logged since the plan was made)."""
        if plan.kind != MARKETING:
            return list(drafts), []
        settings = self.settings()
        with self._db.session() as s:
            history = _history(repo.message_history(s, since=now - timedelta(days=settings.cap_days)))
        ok, skipped = [], []
        for d in drafts:
            held = cap_reason(history.get(d.customer_id, ()), (), now, settings.rules)
            if held is not None:
                skipped.append(Exclusion(d.customer_id, d.name, (held,), d.tier, d.segment))
            else:
                ok.append(d)
        return ok, skipped

    def _log(self, plan: CampaignPlan, drafts: Sequence[Draft], via: str, now: datetime,
             offer: Offer | None, run: bool = True) -> int | None:
        offer = self.complete_offer(offer) if offer is not None else None
        with self._db.session() as s:
            run_id = None
            if run:
                run_id = repo.create_campaign_run(
                    s, campaign=plan.campaign, kind=plan.kind, created_at=now, seed=plan.seed,
                    holdout_share=self.settings().holdout_share, offer_tags=",".join(sorted(offer.tags)) if offer else "",
                    dish=offer.dish if offer else None, offer_text=offer.offer_text if offer else None, mode=via,
                    contacted=[d.customer_id for d in drafts], holdout=plan.holdout)
            repo.log_messages(s, [dict(customer_id=d.customer_id, run_id=run_id, review_id=d.review_id,
                                       campaign=d.campaign, kind=d.kind, channel=d.channel, address=d.to,
                                       language=d.language, subject=d.subject, body=d.body, sent_at=now, via=via)
                                  for d in drafts])
        return run_id

    def export(self, plan: CampaignPlan, folder: str | Path, drafts: Sequence[Draft] | None = None,
               offer: Offer | None = None, now: datetime | None = None) -> ExportResult:
        """Write ``drafts`` (default: the plan's) into ``folder``: one .eml
        per e-mail and ``<campaign>-<date>.csv`` with every draft (for
        mail-merge and SMS tools); record the run with its hold-out and log
        every message as sent. Drafts the cap now holds back are skipped."""
        now = now or datetime.now()
        chosen, skipped = self._still_allowed(plan, plan.drafts if drafts is None else drafts, now)
        if not chosen:
            return ExportResult(None, 0, (), tuple(skipped))
        folder = Path(folder)
        settings = self.settings()
        try:
            emls = write_eml(folder, chosen, settings.smtp.sender if settings.smtp else "")
            csv_path = write_drafts_csv(folder / f"{plan.campaign}-{now:%Y-%m-%d-%H%M}.csv", chosen)
        except OSError as exc:
            raise UserError(f"Could not write the messages into {folder}: {exc.strerror or exc}") from None
        run_id = self._log(plan, chosen, "export", now, offer)
        return ExportResult(run_id, len(chosen), tuple(str(p) for p in [*emls, csv_path]), tuple(skipped),
                            changed=Changed(customers=True))

    def log_sent(self, plan: CampaignPlan, drafts: Sequence[Draft], via: str,
                 now: datetime | None = None) -> ExportResult:
        """Log drafts the owner copied or opened in their mail program (one
        message at a time: no campaign run, no hold-out)."""
        if via not in LOG_VIA:
            raise ValueError(f"via must be one of {LOG_VIA}")
        now = now or datetime.now()
        chosen, skipped = self._still_allowed(plan, drafts, now)
        if chosen:
            self._log(plan, chosen, via, now, None, run=False)
        return ExportResult(None, len(chosen), (), tuple(skipped), changed=Changed(customers=True))

    def send(self, plan: CampaignPlan, password: str, drafts: Sequence[Draft] | None = None,
             offer: Offer | None = None, progress: ProgressFn = no_progress, cancel: CancelToken | None = None,
             now: datetime | None = None) -> ExportResult:
        """Send the e-mail drafts through the owner's mail server. Refused
        inside quiet hours; each accepted message is logged as it goes."""
        settings = self.settings()
        if settings.smtp is None:
            raise UserError("Sending by e-mail is not set up: add your mail server in the sending settings, "
                            "or export the messages instead.")
        now = now or datetime.now()
        wait = next_send_time(now, settings.rules)
        if wait is not None:
            raise UserError(f"It is quiet hours ({settings.quiet_start:%H:%M}-{settings.quiet_end:%H:%M}): "
                            f"nothing is sent before {wait:%H:%M}. Export the messages, or send them later.")
        chosen, skipped = self._still_allowed(plan, plan.drafts if drafts is None else drafts, now)
        chosen = [d for d in chosen if d.channel == EMAIL]
        sent: list[Draft] = []
        results = send_drafts(settings.smtp, password, chosen, progress, cancel, on_sent=sent.append)
        run_id = self._log(plan, sent, "smtp", now, offer) if sent else None
        return ExportResult(run_id, len(sent), (), tuple(skipped), tuple(r for r in results if not r.ok),
                            changed=Changed(customers=True))

    # the log and outcomes ---------------------------------------------------------
    def log(self, limit: int = 500) -> list[LogEntry]:
        with self._db.session() as s:
            return [LogEntry(*row) for row in repo.message_log_rows(s, limit)]

    def runs(self, as_of: datetime | None = None) -> list[RunSummary]:
        """Past runs, newest first, each with who came back within 30 days
        against its hold-out."""
        as_of = as_of or datetime.now()
        with self._db.session() as s:
            runs = repo.campaign_run_rows(s)
            members = {r[0]: repo.campaign_members(s, r[0]) for r in runs}
            times: dict[int, list[datetime]] = defaultdict(list)
            for cid, when in repo.customer_order_times(s):
                times[cid].append(when)
            sent_at: dict[tuple[int, int], datetime] = {}
            for cid, _ch, _c, when, _k, run_id, _r in repo.message_history(s):
                if run_id is not None:
                    sent_at.setdefault((run_id, cid), when)
        out = []
        for run_id, campaign, kind, created, seed, _share, tags, dish, _text, mode in runs:
            contacted = [(cid, sent_at.get((run_id, cid), created)) for cid, role in members[run_id]
                         if role == "contacted"]
            holdout = [cid for cid, role in members[run_id] if role == "holdout"]
            out.append(RunSummary(run_id, campaign, kind, created, seed, mode, tags, dish,
                                  outcome(created, contacted, holdout, times, as_of)))
        return out

    # templates ----------------------------------------------------------------------
    def template(self, campaign: str, language: str) -> tuple[tuple[TemplateVersion, ...], bool]:
        """(wordings, edited by the owner?) of a campaign in a language."""
        lang = supported(language)
        with self._db.session() as s:
            for c, l, v in repo.template_rows(s):
                if (c, l) == (campaign, lang):
                    return versions_from_json(v), True
        return default_versions(campaign, lang), False

    def save_template(self, campaign: str, language: str, versions: Sequence[TemplateVersion]) -> None:
        """Store the owner's wordings after checking that each renders
        (UserError naming the version and part that does not)."""
        lang = supported(language)
        if campaign not in CAMPAIGNS:
            raise UserError(f"Unknown campaign {campaign!r}.")
        try:
            check_versions(versions, sample_fields(lang, self.settings().business_name or "Café"))
        except TemplateProblem as exc:
            raise UserError(str(exc)) from None
        with self._db.session() as s:
            repo.save_template(s, campaign, lang, versions_to_json(versions), datetime.now())

    def reset_template(self, campaign: str, language: str) -> bool:
        with self._db.session() as s:
            return repo.delete_template(s, campaign, supported(language))

    def preview(self, source: str, language: str) -> str:
        """``source`` filled in for an invented customer (TemplateProblem if broken)."""
        return render(source, sample_fields(supported(language), self.settings().business_name or "Café"))

    # do-not-contact list ---------------------------------------------------------------
    def suppress(self, value: str, reason: str = "", kind: str | None = None) -> bool:
        """Add a customer id, e-mail or phone to the do-not-contact list."""
        text = (value or "").strip()
        if not text:
            raise UserError("Give a customer number, an e-mail address or a phone number.")
        kind = kind or ("email" if "@" in text else "customer" if text.isdigit() else "phone")
        if kind not in ("customer", "email", "phone"):
            raise UserError(f"Unknown kind {kind!r}.")
        with self._db.session() as s:
            return repo.add_suppression(s, kind, normal_address(text), reason.strip(), datetime.now())

    def unsuppress(self, value: str, kind: str | None = None) -> bool:
        text = (value or "").strip()
        kind = kind or ("email" if "@" in text else "customer" if text.isdigit() else "phone")
        with self._db.session() as s:
            return repo.remove_suppression(s, kind, normal_address(text))

    def suppressions(self) -> list[Suppression]:
        with self._db.session() as s:
            return [Suppression(value, kind, why, when) for kind, value, why, when in repo.suppression_rows(s)]
