"""The counter workstation: the queue, the resident, requests, the rating panel."""
