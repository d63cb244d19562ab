"""Reference back office: the CRM API server (FastAPI + SQLAlchemy)."""
