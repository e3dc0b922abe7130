"""The PETRARCH-2 dictionary converter."""

from __future__ import annotations

from watchfloor.coding.convert_petrarch import convert
from watchfloor.coding.lexicon import parse_lexicon

SOURCE = """\
####### SYNONYM SETS #######

&WEAPON
+WEAPON
+MACHINE_GUN

####### VERB PATTERNS #######

---  GRANT   [060]  ---
GIVE {GIVES GIVING GAVE GIVEN }
PROVIDE
- * &WEAPON                                           [072]         # SUPPLY
- * {HUMANITARIAN AID}                                [0233]        # GIVE
- * OFF (FOR)                                         [042:043]     # SET
- * (FOR TALKS)                                       [046:046]     # VISIT
- * CALL (FROM)                                       [:041]        # RECEIVE
- REBELS * ARMS                                       [072]         # subject words: dropped

---  SAY   [010]  ---
SAY  {SAYS SAID SAYING}

######## TRANSFORMATIONS ##########
"""


def test_converted_lines_read_back_as_a_lexicon() -> None:
    lines, dropped = convert(SOURCE)
    text = "\n".join(lines)
    assert "&WEAPON = weapon | machine+gun" in text
    assert "verb give|provide obj=&WEAPON -> 072" in text
    assert "verb give|provide obj=humanitarian+aid -> 0233" in text
    assert "verb give|provide prt=off for=* -> 042 reciprocal=043" in text
    assert "verb give|provide for=talks -> 046 mutual" in text
    assert "verb give|provide obj=call from=* -> 041 reverse" in text
    assert dropped["words before the verb"] == 1
    assert dropped["statement default"] == 1  # "said" alone is no event
    lexicon = parse_lexicon([("petrarch_verbs.txt", text)])
    assert [p.code for p in lexicon.patterns_for("verb", "give")][-1] == "060"
