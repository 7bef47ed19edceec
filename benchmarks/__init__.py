"""Speed checks, each beside a raw baseline measured in the same run (``make bench``)."""
