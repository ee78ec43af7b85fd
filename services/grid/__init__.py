"""The district's map as data: streets (街道/乡镇) → communities and villages (社区/村) → grids
(网格), with the grid members who walk them. ``map`` edits and reads it; ``models`` holds the
tables (kept free of the rest so ``services.storage.models`` can load them)."""
