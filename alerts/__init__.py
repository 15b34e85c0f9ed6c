"""Exchange events from stored figures, deciding what is news, the outbox and apprise delivery."""

from alerts.masking import mask_text, mask_url, target_id

__all__ = ["mask_text", "mask_url", "target_id"]
