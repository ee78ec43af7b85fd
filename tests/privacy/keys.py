"""The data key of the test run (a fixed one: test databases are thrown away)."""

from __future__ import annotations

TEST_DATA_KEY = "civicdesk-data-key-1:dGVzdHMgb25seSwgbmV2ZXIgYSByZWFsIGhhbGwhISE"
