"""Documents to ESC/POS bytes, A4 PDFs and previews. No Qt, no device I/O.

Modules: ``documents`` (what callers fill in), ``thermal`` (ESC/POS renderers),
``pdf`` (A4 PDFs), ``preview`` (PNG of ESC/POS bytes), ``escpos`` (command builder),
``decoder`` (ESC/POS back to operations), ``masking``, ``layout``, ``fonts``.
"""
