"""Article text → relevance, language, dates and exchange figures. Pure functions: no I/O, no clock."""
