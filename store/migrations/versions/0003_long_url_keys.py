"""canonical URLs over 1,000 bytes re-keyed: PostgreSQL cannot index them

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 22:20:00

A mention with a very long canonical URL could be stored on SQLite but never on PostgreSQL (an
index row is limited to about 2,700 bytes). The spiders now shorten such keys to their start and a
hash of the whole (spiders.urls.fit_key); rows stored before keep their mention and get the same
key, so the next crawl recognises them instead of storing them twice. The rule is copied here, not
imported: a migration must do tomorrow what it does today.
"""

import hashlib

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

MAX_KEY_BYTES = 1000


def fit_key(canonical: str) -> str:
    encoded = canonical.encode("utf-8")
    if len(encoded) <= MAX_KEY_BYTES:
        return canonical
    digest = hashlib.sha256(encoded).hexdigest()
    start = encoded[: MAX_KEY_BYTES - len(digest) - len("#sha256=")].decode("utf-8", "ignore")
    return f"{start}#sha256={digest}"


def upgrade() -> None:
    mention = sa.table("mention", sa.column("id", sa.Integer), sa.column("canonical_url", sa.String))
    connection = op.get_bind()
    # characters, not bytes: a cheap filter that every key over the byte limit also passes
    long_keys = connection.execute(
        sa.select(mention.c.id, mention.c.canonical_url).where(sa.func.length(mention.c.canonical_url) > MAX_KEY_BYTES // 4)
    ).all()
    for row_id, key in long_keys:
        if (fitted := fit_key(key)) != key:
            connection.execute(mention.update().where(mention.c.id == row_id).values(canonical_url=fitted))


def downgrade() -> None:
    pass  # the long keys cannot be rebuilt from their hash; the shortened ones work on every version
