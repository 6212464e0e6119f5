"""What status an item shows: its linked document's workflow decides, else its stages."""

from __future__ import annotations

from workbench.models.planner import ContentItem
from workbench.models.planner_enums import ITEM_STATUS_FOR_DOCUMENT, ItemStatus, Stage

# Statuses a lead sets by hand that no document or stage may override.
_MANUAL = (ItemStatus.IDEA, ItemStatus.CANCELLED)

# The status an item reaches when a stage is done (and no later stage is).
_AFTER_STAGE = {
    Stage.DRAFT: ItemStatus.TRANSLATING,
    Stage.TRANSLATION: ItemStatus.REVIEWING,
    Stage.REVIEW: ItemStatus.REVIEWING,  # approval still to come
    Stage.APPROVAL: ItemStatus.APPROVED,
    Stage.PUBLICATION: ItemStatus.PUBLISHED,
}
_ORDER = list(Stage)


def effective_status(
    item: ContentItem | ItemStatus | str, document_status: str | None
) -> ItemStatus:
    """The item's status given its linked document's status (None: no document).

    Cancelled and idea items keep their status; a linked document otherwise decides, as
    mapped in ``ITEM_STATUS_FOR_DOCUMENT``.
    """
    own = ItemStatus(item.status if isinstance(item, ContentItem) else item)
    if own in _MANUAL or document_status is None:
        return own
    return ITEM_STATUS_FOR_DOCUMENT.get(str(document_status), own)


def status_from_stages(current: ItemStatus | str, done: set[Stage]) -> ItemStatus:
    """For items without a document: the furthest stage done sets the status; none done
    leaves planned/drafting as it was."""
    own = ItemStatus(current)
    if own in _MANUAL:
        return own
    reached = [stage for stage in _ORDER if stage in done]
    if not reached:
        if own in (ItemStatus.PLANNED, ItemStatus.DRAFTING):
            return own
        return ItemStatus.PLANNED  # every stage re-opened: back to the start
    return _AFTER_STAGE[reached[-1]]
