"""Documents named in 《》: laws, plans, reports, books."""

from __future__ import annotations

import re

from etl.records import Mention

_DOC = re.compile(r"《([^《》\n]{1,80})》")


def find_documents(text: str) -> list[Mention]:
    return [Mention("document", m.group(0), m.start(), m.end(), m.group(1)) for m in _DOC.finditer(text)]
