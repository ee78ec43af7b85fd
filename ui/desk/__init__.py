"""The petitions and ledger desk (信访与排查台): a tab of the counter (F12) and of the manager.

``DeskPanel`` holds the petitions page (``petitions_page``, with the registration dialog in
``register_dialog``) and the ledger page (``ledger_page``)."""
