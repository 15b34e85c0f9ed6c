"""Italian topic vocabulary (see ``extractor.topics``)."""

VERY = ""
STRONG = ""
NEGATIVE = ""
WAR = ""
STATE = ""
RETURN = ""
EXCHANGE = ""
