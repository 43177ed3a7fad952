-- kyc-webhooks receiver, SQLite: one index fewer on every stored event. The occurrences of a content key are
-- counted through the event_id index: an event's id is its content key, or the content key and `#<n>` for a later
-- occurrence of the same content, so all of them sort between the key and the key followed by `$` (bytewise, SQLite's
-- BINARY collation). kyc_events_content_key indexed the same values a second time, one random page per write.
-- (PostgreSQL keeps its index: under a linguistic collation such a range is not a prefix.)

DROP INDEX kyc_events_content_key;
