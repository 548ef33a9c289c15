"""Pure domain layer: no Qt, no SQLAlchemy. Frozen dataclasses, enums and rules."""
