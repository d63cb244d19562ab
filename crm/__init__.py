"""CRM contract (pydantic schemas), HTTP client, local store, outbox and sync engine. No Qt."""
