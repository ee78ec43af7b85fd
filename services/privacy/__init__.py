"""Residents' data at rest: private files, encrypted columns, the data key.

- ``files``: the database, its WAL/SHM, backups and key files are 0600 in 0700 folders.
- ``keys`` / ``keyring``: the data key (``CIVICDESK_DATA_KEY``, else ``civicdesk.key`` beside
  the settings file) and the one this process uses.
- ``cipher``: AES-GCM sealing of a value, and its HMAC-SHA256 look-up hash.
- ``columns``: ``SealedString`` for a model column and ``keep_lookup_hash`` for the hash
  column beside it; a new table with personal numbers needs nothing else (rotation finds it).
- ``store``: the key id recorded in the database, checked at every start.
- ``rows`` / ``rotation``: re-encrypting stored rows (migration 0006, ``db rotate-key``).

To find a resident by ID number use ``services.casework.residents.find_resident_by_id_number``.
"""
