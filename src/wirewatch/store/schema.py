"""The schema as an ordered list of forward migrations; ``PRAGMA user_version`` = applied count.

A migration is never edited once released: a change of schema is a new entry at the end, so an
existing database moves forward step by step and a fresh one passes through the same steps.
"""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: documents and their per-document parts.
    """
    CREATE TABLE documents (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        url TEXT, site TEXT, title TEXT, published TEXT,
        body TEXT NOT NULL,
        json TEXT NOT NULL,
        stored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE INDEX documents_published ON documents(published);
    CREATE INDEX documents_url ON documents(url);

    CREATE TABLE comments (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        id TEXT NOT NULL, author TEXT, posted TEXT, parent TEXT, text TEXT NOT NULL,
        PRIMARY KEY (doc_id, id)
    );
    CREATE TABLE actors (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        key TEXT NOT NULL, name TEXT NOT NULL, country TEXT, sector TEXT, kind TEXT,
        aliases TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (doc_id, key)
    );
    CREATE INDEX actors_name ON actors(name);
    CREATE TABLE places (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, text TEXT, name TEXT, country TEXT, admin1 TEXT,
        lat REAL, lon REAL, geonameid INTEGER, feature TEXT, in_ TEXT,
        PRIMARY KEY (doc_id, idx)
    );
    CREATE INDEX places_name ON places(name);
    CREATE TABLE events (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        id TEXT NOT NULL, type TEXT NOT NULL, mode TEXT,
        source_name TEXT, source_country TEXT, target_name TEXT, target_country TEXT,
        place TEXT, place_country TEXT, lat REAL, lon REAL,
        date_start TEXT, date_end TEXT, date_precision TEXT,
        sentence TEXT, in_ TEXT NOT NULL DEFAULT 'body', fatalities INTEGER,
        modality TEXT, confidence REAL, json TEXT NOT NULL,
        PRIMARY KEY (doc_id, id)
    );
    CREATE INDEX events_type_date ON events(type, date_start);
    CREATE TABLE quotes (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, speaker TEXT, speaker_text TEXT, text TEXT NOT NULL,
        kind TEXT, cue TEXT, in_ TEXT,
        PRIMARY KEY (doc_id, idx)
    );
    """,
    # 2: near-duplicates: MinHash signatures and a persistent LSH band index.
    """
    CREATE TABLE signatures (
        doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        minhash BLOB NOT NULL,
        shingles INTEGER NOT NULL
    );
    CREATE TABLE lsh_bands (
        band INTEGER NOT NULL, hash INTEGER NOT NULL,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        PRIMARY KEY (band, hash, doc_id)
    ) WITHOUT ROWID;
    CREATE INDEX lsh_bands_doc ON lsh_bands(doc_id);
    CREATE TABLE near_duplicates (
        doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        original_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        similarity REAL NOT NULL
    );
    CREATE INDEX near_duplicates_original ON near_duplicates(original_id);
    """,
    # 3: stories, their inverted index, and merged events.
    """
    CREATE TABLE stories (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT, start TEXT, end TEXT,
        norm REAL NOT NULL DEFAULT 0,
        size INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE story_documents (
        doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('original', 'copy')),
        score REAL
    );
    CREATE INDEX story_documents_story ON story_documents(story_id);
    CREATE TABLE story_terms (
        term TEXT NOT NULL,
        story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        weight REAL NOT NULL,
        PRIMARY KEY (term, story_id)
    ) WITHOUT ROWID;
    CREATE INDEX story_terms_story ON story_terms(story_id);
    CREATE TABLE story_keys (
        key TEXT NOT NULL,
        story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        count INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (key, story_id)
    ) WITHOUT ROWID;
    CREATE INDEX story_keys_story ON story_keys(story_id);
    CREATE TABLE term_df (
        term TEXT PRIMARY KEY,
        df INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE counters (
        name TEXT PRIMARY KEY,
        value INTEGER NOT NULL
    );
    CREATE TABLE story_links (
        story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        related_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        score REAL NOT NULL,
        PRIMARY KEY (story_id, related_id)
    );
    CREATE TABLE story_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        source_key TEXT, target_key TEXT, place_key TEXT,
        date_start TEXT, date_end TEXT,
        source_json TEXT, target_json TEXT, location_json TEXT, date_json TEXT
    );
    CREATE INDEX story_events_story_type ON story_events(story_id, type, date_start);
    CREATE TABLE story_event_mentions (
        story_event_id INTEGER NOT NULL REFERENCES story_events(id) ON DELETE CASCADE,
        doc_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        sentence TEXT,
        PRIMARY KEY (doc_id, event_id),
        FOREIGN KEY (doc_id, event_id) REFERENCES events(doc_id, id) ON DELETE CASCADE
    );
    CREATE INDEX story_event_mentions_event ON story_event_mentions(story_event_id);
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
