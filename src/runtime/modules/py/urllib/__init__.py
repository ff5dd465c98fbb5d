"""mempy's `urllib` package: its submodule `parse` (URL parsing and quoting)."""
