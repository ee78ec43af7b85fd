"""The district's view over many centers: each center's figures per closed day, sent by
logical replication (PostgreSQL) or as a file (SQLite), and the district report over them."""
