"""The syntactic arguments of a predicate: who acts, on what, through which prepositions.

Only real arguments count: the subject (or the agent of a passive), the direct or
indirect object (or the subject of a passive), and prepositional objects attached to
the predicate or to its object. Subjects are inherited only along control and
coordination links (xcomp, purpose clauses, conjoined verbs, relative pronouns,
participles modifying a noun, adverbial participles of time: "X is in hospital after
being arrested", "while visiting Y"; a trailing participle elaborating an active
clause, ", killing one person", which `candidates` keeps only for force and coercion
elaborating force or coercion) — never across a complement or an unrelated clause.
A stance participle ("X is opposed to Y") is no passive: X is its subject, Y its object;
nor is "X was engaged in <act>": X does the act.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from watchfloor.nlp.clauses import PARTICIPLE_TIME_WORDS, is_time_participle_of, is_to_infinitive

Token = Any  # spacy.tokens.Token

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
DATIVE_DEPS = frozenset({"dative", "iobj"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
SPEECH_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
# Clauses whose subject the parser may have taken from a preposition before them.
STRANDING_CLAUSES = frozenset({"advcl", "ccomp", "conj"})
# Links along which a verb without a subject of its own takes its governor's.
CONTROL_DEPS = frozenset({"xcomp", "conj", "advcl"})
# Adverbs that are a phrasal verb's particle when they follow it ("stepped down").
PARTICLE_ADVERBS = frozenset({"down", "aside", "up", "out", "off", "back", "away"})
# Verbs whose gerund after a preposition is their subject's own act: "looks forward to
# welcoming Y", "resorted to throwing stones", "succeeded in persuading Y". Not those
# whose gerund is another's act or a warning ("accused Y of attacking", "warned against
# attacking").
GERUND_CONTROL = frozenset(
    {("look", "to"), ("plan", "on"), ("commit", "to"), ("resort", "to"), ("succeed", "in"),
     ("persist", "in"), ("engage", "in"), ("participate", "in"), ("return", "to")}
)  # fmt: skip


@dataclass(frozen=True)
class Arguments:
    """Argument heads of one predicate (spaCy tokens)."""

    subjects: tuple[Token, ...] = ()
    objects: tuple[Token, ...] = ()
    datives: tuple[Token, ...] = ()
    preps: tuple[tuple[str, Token], ...] = ()  # (preposition lemma, object head)
    particle: str | None = None
    passive: bool = False
    complements: tuple[Token, ...] = ()  # xcomp verbs ("threatened to break ties")
    clauses: tuple[Token, ...] = ()  # ccomp verbs ("demanded that Y withdraw")
    purposes: tuple[Token, ...] = ()  # purpose infinitives ("sent troops to defend Y")
    # subjects taken from the clause a trailing participle elaborates (", killing 20")
    elaborates: bool = False

    def prep_objects(self, prep: str) -> tuple[Token, ...]:
        return tuple(obj for p, obj in self.preps if p == prep)


# Modals that state a duty: "Y must withdraw", "Y should resign".
OBLIGATION_MODALS = frozenset({"must", "should"})
# Nouns of a message whose "that" clause states its content ("a reminder to Y that it
# must cooperate"); not nouns that code an act of their own (a warning, a demand).
MESSAGE_NOUNS = frozenset({"reminder", "message", "letter", "note", "statement", "notice"})
# How many infinitives up a duty is looked for ("must be ready to begin to withdraw").
MAX_DUTY_DEPTH = 3


def is_obligation(verb: Token) -> bool:
    """Whether a verb is said to be a duty: "Y must withdraw", "Y should resign"."""
    return any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in verb.children)


def stating_verb(clause: Token) -> Token | None:
    """The verb that states a reported clause: the verb it is the complement of ("said
    that Y must go"), or the verb that issues the message noun whose content it is
    ("issued a reminder to Y that it must cooperate"); None when there is none."""
    if clause.dep_ == "ccomp":
        return clause.head
    message = clause.head
    if clause.dep_ != "acl" or message.pos_ != "NOUN":
        return None
    if message.lemma_.lower() not in MESSAGE_NOUNS or message.dep_ not in OBJECT_DEPS:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    return message.head


def addressees(stating: Token, clause: Token) -> list[Token]:
    """Who a stated clause is addressed to: the object of the stating verb ("told Y
    that ...", "reminded Y that ..."), its dative ("issued a reminder to Y that ..."),
    or the "to" phrase of the message noun."""
    found = [c for c in stating.children if c.dep_ in OBJECT_DEPS and c.i != clause.head.i]
    found += [h for c in stating.children if c.dep_ in DATIVE_DEPS for h in _dative_heads(c)]
    if clause.dep_ == "acl":
        found += [
            p for c in clause.head.children if c.dep_ == "prep" and c.lower_ == "to"
            for p in _pobjs(c)
        ]  # fmt: skip
    return found


def duty_above(verb: Token) -> Token | None:
    """The verb stating the duty whose content `verb` is, through the infinitive of a
    predicate of readiness or effort: "Y must be ready to mediate", "Y should try to
    mediate" (the duty is stated on "be" or "try"; the mediation is only its content).
    None when `verb` has a subject of its own or the predicate above it an object
    ("Y must allow inspectors to visit": the visit is the inspectors')."""
    node = verb
    for _ in range(MAX_DUTY_DEPTH):
        if node.dep_ != "xcomp" or has_own_subject(node):
            return None
        head = node.head
        if head.pos_ == "ADJ" and head.dep_ == "acomp":
            head = head.head  # "must be ready to": the duty is on the copula
        elif head.pos_ not in ("VERB", "AUX") or any(c.dep_ in OBJECT_DEPS for c in head.children):
            return None
        if is_obligation(head):
            return head
        node = head
    return None


def is_duty_of_readiness(copula: Token) -> bool:
    """Whether a copula states a duty to be ready for an act: "Y must be ready to
    mediate" (not "Y must be careful": no act is asked for)."""
    return is_obligation(copula) and any(
        c.dep_ == "acomp" and any(x.dep_ == "xcomp" for x in c.children) for c in copula.children
    )


def has_own_subject(verb: Token) -> bool:
    """Whether a verb has a nominal subject of its own (active or passive)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def with_conjuncts(token: Token) -> list[Token]:
    """`token` and the nouns coordinated with it ("North Korea and Russia")."""
    found = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in ("PROPN", "NOUN", "PRON", "ADJ"):
            found.extend(with_conjuncts(child))
    return found


def verb_arguments(verb: Token) -> Arguments:
    """The arguments of a verb, with subjects inherited where syntax allows."""
    subjects: list[Token] = []
    objects: list[Token] = []
    datives: list[Token] = []
    preps: list[tuple[str, Token]] = []
    particle = None
    passive = False
    complements = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    for child in verb.children:
        dep = child.dep_
        if dep in SUBJECT_DEPS:
            subjects.extend(with_conjuncts(child))
        elif dep in PASSIVE_SUBJECT_DEPS:
            objects.extend(with_conjuncts(child))
            passive = True
        elif dep == "agent":
            subjects.extend(t for p in _pobjs(child) for t in with_conjuncts(p))
        elif dep in OBJECT_DEPS:
            objects.extend(with_conjuncts(child))
        elif dep in DATIVE_DEPS:
            datives.extend(_dative_heads(child) or _stranded_object(verb, child))
        elif dep == "prt" or _stray_particle(verb, child):
            # "kidnapped up to 16 advisers": the phrase hangs on the particle
            particle = child.lower_
            preps.extend(
                (c.lemma_.lower(), p) for c in child.children if c.dep_ == "prep" for p in _pobjs(c)
            )
        elif dep == "prep":
            objects_of = _pobjs(child) or _stranded_object(verb, child)
            preps.extend((child.lemma_.lower(), p) for p in objects_of)
        elif dep == "auxpass":
            passive = True
    for obj in objects:  # "provide weapons to Russia": "to Russia" may hang on the object
        preps.extend(attached_preps(obj))
    subjects = _resolve_relative(verb, subjects)
    misread = not subjects and _misread_participle(verb)
    if misread:
        subjects = with_conjuncts(verb.head)  # "youths resorted to throwing stones"
    elif not subjects and _verbless_main(verb):
        misread = True  # "Doctors from Y donated and delivered goods to Z"
        subjects = with_conjuncts(verb.sent.root)
    if passive:  # "Reed, who was detained in Russia": Reed was detained
        objects = _resolve_relative(verb, objects)
    if passive and not subjects:  # "was accused of violating the truce by Y"
        subjects = _stray_agent(verb)
    if not objects and not misread and verb.dep_ == "acl" and verb.tag_ == "VBN":
        objects = [verb.head]  # "sanctions imposed on Russia by the EU"
        passive = True
    if verb.lemma_.lower() in STATIVE_PARTICIPLES and not subjects:
        subjects, objects, preps, passive = _stative(verb, objects, preps, passive)
    if passive and not subjects and _engaged(verb, preps):
        subjects, objects, passive = objects, [], False  # "X were engaged in cleansing"
    controller = _adjunct_controller(verb)
    if controller and _passive_participle(verb, passive):
        passive = True  # "after being arrested", "arrested in March, X ...": X is arrested
        objects = objects or controller
    elif controller and not subjects:
        subjects = controller  # "withdrew after shelling the town": the troops shelled
    elaborating = not subjects and elaborated_clause(verb) is not None
    if elaborating:
        subjects = _elaborated_subjects(verb)
    if not subjects:
        subjects, inherited_objects = _inherited(verb, passive)
        if not objects:
            objects = inherited_objects
    if not subjects and not passive and verb.dep_ == "ROOT":
        subjects = _stray_subject(verb)
    return Arguments(
        subjects=tuple(subjects),
        objects=tuple(objects),
        datives=tuple(datives),
        preps=tuple(preps),
        particle=particle,
        passive=passive,
        complements=tuple(complements),
        clauses=tuple(clauses),
        purposes=tuple(purpose_clauses(verb)),
        elaborates=elaborating and bool(subjects),
    )


def elaborated_clause(verb: Token) -> Token | None:
    """The verb of the clause a trailing participle elaborates: ", killing one person
    and arresting 12" after "police opened fire" (either conjunct); None for anything
    else, and for a participle with a subject or a mark of its own ("while visiting Y",
    a time participle, `_adjunct_controller`) or one put before its clause."""
    top = verb
    while top.dep_ == "conj" and top.head.i != top.i and top.head.pos_ == "VERB":
        top = top.head
    if top.dep_ != "advcl" or top.tag_ != "VBG" or top.i < top.head.i:
        return None
    if has_own_subject(verb) or any(c.dep_ == "mark" for c in top.children):
        return None
    head = top.head
    return head if head.pos_ == "VERB" and head.i != top.i else None


def _elaborated_subjects(verb: Token) -> list[Token]:
    """The subject of an active clause a trailing participle elaborates: "police opened
    fire, killing one person" (the police killed). Not of a passive one: in "troops were
    ambushed, killing three" the troops did not kill."""
    clause = elaborated_clause(verb)
    if clause is None:
        return []
    arguments = verb_arguments(clause)
    return [] if arguments.passive or arguments.elaborates else list(arguments.subjects)


def purpose_clauses(verb: Token) -> list[Token]:
    """The to-infinitives after the verb that share its subject: "sent troops to defend
    Y", and "have sworn to fight", which the parser hangs the same way."""
    return [
        child
        for child in verb.children
        if child.dep_ == "advcl"
        and child.i > verb.i
        and child.pos_ == "VERB"
        and is_to_infinitive(child)
        and not has_own_subject(child)
    ]


def _stray_particle(verb: Token, child: Token) -> bool:
    """A particle the parser took for an adverb or a preposition: "stepped down" (an
    adverb right after the verb), "forced X out of the country" ("out" with only an "of"
    phrase of its own)."""
    word = child.lower_
    if child.dep_ == "advmod":
        return word in PARTICLE_ADVERBS and child.i == verb.i + 1
    if child.dep_ == "prep" and word == "out" and not _pobjs(child):
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in child.children)
    return False


def attached_preps(noun: Token) -> list[tuple[str, Token]]:
    """Prepositional objects hanging on a noun, and on its "of" complement
    ("types of munitions from North Korea": from -> North Korea)."""
    found: list[tuple[str, Token]] = []
    for child in noun.children:
        if child.dep_ != "prep":
            continue
        prep = child.lemma_.lower()
        for pobj in _pobjs(child):
            found.append((prep, pobj))
            if prep == "of":
                found.extend(
                    (c.lemma_.lower(), p)
                    for c in pobj.children
                    if c.dep_ == "prep" and c.lemma_.lower() != "of"
                    for p in _pobjs(c)
                )
    return found


def _stative(
    verb: Token, objects: list[Token], preps: list[tuple[str, Token]], passive: bool
) -> tuple[list[Token], list[Token], list[tuple[str, Token]], bool]:
    """ "X is opposed to Y" states X's stance, not an act done to X: the parser's passive
    subject (or the copula's subject, when "opposed" is parsed as its complement) is the
    subject, and the "to" phrase the object. Without a "to" phrase nothing changes."""
    stance = [obj for prep, obj in preps if prep == "to"]
    if verb.tag_ != "VBN" or not stance:
        return [], objects, preps, passive
    if verb.dep_ == "acomp" and verb.head.pos_ == "AUX":
        holders = list(verb_arguments(verb.head).subjects)
    else:
        holders = objects
    rest = [(prep, obj) for prep, obj in preps if prep != "to"]
    return holders, stance, rest, False


def _engaged(verb: Token, preps: list[tuple[str, Token]]) -> bool:
    """ "Serb forces were engaged in ethnic cleansing": "be engaged in" an act states
    what its subject does, no passive (the parser's passive subject is the actor)."""
    lemma = verb.lemma_.lower()
    return lemma in ENGAGED_PARTICIPLES and any(prep == "in" for prep, _ in preps)


def _adjunct_controller(verb: Token) -> list[Token]:
    """The subject of the clause an adverbial participle of time hangs on, which is the
    participle's own understood subject: "X is in hospital after being arrested" (X was
    arrested), "troops withdrew after shelling the town", "killed while visiting Y".
    Empty for anything else: a participle with a subject of its own, a conditional ("if
    attacked"), a preposition that negates or replaces the act ("without consulting Y",
    "instead of meeting Y"), a trailing elaboration (", killing 20 people")."""
    if verb.tag_ not in ("VBG", "VBN") or has_own_subject(verb):
        return []
    head = verb.head
    if is_time_participle_of(verb):
        governor = head.head
    elif verb.dep_ == "advcl" and _time_participle(verb):
        governor = head
    else:
        return []
    if governor.pos_ not in ("VERB", "AUX") or governor.i == verb.i:
        return []
    own = [c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")]
    if own:
        return with_conjuncts(own[0])
    inherited = verb_arguments(governor)
    if inherited.elaborates:
        return []
    return list(inherited.objects if inherited.passive else inherited.subjects)


def _time_participle(verb: Token) -> bool:
    """Whether an adverbial participle clause states a time: introduced by a word of time
    ("while visiting Y") or put before its clause ("Having met Y, X said"). A trailing
    bare participle (", killing 20", ", citing opposition", ", calling for Y") elaborates
    its clause's event rather than stating one of its own."""
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
    if marks:
        return all(mark in PARTICIPLE_TIME_WORDS for mark in marks)
    return bool(verb.i < verb.head.i)


def _passive_participle(verb: Token, passive: bool) -> bool:
    """Whether an adverbial participle is passive: "being arrested", or a bare past
    participle ("arrested in March, X ..."; not "having met Y")."""
    if passive:
        return True
    return bool(verb.tag_ == "VBN") and not any(c.dep_ == "aux" for c in verb.children)


def _stray_subject(verb: Token) -> list[Token]:
    """A subject the parser coordinated into the phrase before it (`is_stray_subject`)."""
    for child in verb.children:
        if child.dep_ == "prep" and child.i < verb.i:
            for token in child.subtree:
                if is_stray_subject(token, verb):
                    return with_conjuncts(token)
    return []


def is_stray_subject(token: Token, verb: Token | None = None) -> bool:
    """Whether a noun is the subject of the verb after it that the parser coordinated
    into the phrase before it: "With the signing of a memorandum, the government and
    SPLM/A have agreed ..." (the government made a conjunct of the memorandum). It
    follows the phrase's comma and runs up to a subjectless main verb (`verb`, else the
    first verb after it), with only that verb's auxiliaries between."""
    if token.dep_ != "conj" or token.pos_ not in ("NOUN", "PROPN"):
        return False
    doc, start = token.doc, token.left_edge.i
    if start == 0 or doc[start - 1].text != ",":
        return False
    after = token.right_edge.i + 1
    while after < len(doc) and doc[after].dep_ in ("aux", "neg"):
        after += 1
    if after >= len(doc) or (verb is not None and after != verb.i):
        return False
    main = doc[after]
    if main.dep_ != "ROOT" or main.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in main.children):
        return False
    return all(t.head.i == main.i for t in doc[token.right_edge.i + 1 : after])


def _stray_agent(verb: Token) -> list[Token]:
    """The agent of a passive that the parser hung on the gerund of its complement ("was
    accused of violating the truce by Y"): a "by" phrase on the verb or on that gerund."""
    holders = [verb]
    holders += [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"
    ]
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                found = [p for p in _pobjs(child) if p.pos_ in ("PROPN", "NOUN")]
                if found:
                    return found
    return []


def _pobjs(prep: Token) -> list[Token]:
    found: list[Token] = []
    for child in prep.children:
        if child.dep_ in ("pobj", "pcomp") and child.pos_ != "VERB":
            found.extend(with_conjuncts(child))
    return found


def _stranded_object(verb: Token, prep: Token) -> list[Token]:
    """The object of a preposition the parser left without one, having made it the
    subject of a clause it hung on the verb: in "granted asylum to five officers holed
    up in the embassy" the officers, read as the subject of "holed", are the "to"
    object; the clause must start right after the preposition."""
    for clause in verb.children:
        if clause.dep_ not in STRANDING_CLAUSES or clause.i <= prep.i:
            continue
        for subject in clause.children:
            if subject.dep_ == "nsubj" and subject.left_edge.i == prep.i + 1:
                return with_conjuncts(subject)
    return []


def _dative_heads(child: Token) -> list[Token]:
    if child.pos_ == "ADP":  # "gave arms to Russia" parsed as dative "to"
        return _pobjs(child)
    return with_conjuncts(child)


def _verbless_main(verb: Token) -> bool:
    """Whether a past form the parser hung as a participle on a noun of a sentence
    without a main verb is that sentence's verb: "Doctors from two aid groups donated
    and delivered goods to Y" (the parser made "Doctors" the root and "donated" a
    participle on "groups"). Only an active one: it, or a verb coordinated with it,
    takes a direct object and none has a "by" agent ("Troops killed in an ambush" stays
    a passive headline)."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD"):
        return False
    root = verb.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i == verb.i:
        return False
    node = verb.head
    while node.i != root.i:
        if node.dep_ not in ("pobj", "prep"):
            return False
        node = node.head
    acts = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    children = [c for act in acts for c in act.children]
    if any(c.dep_ in ("agent", "auxpass") for c in children):
        return False
    return any(c.dep_ in OBJECT_DEPS for c in children)


def _misread_participle(verb: Token) -> bool:
    """Whether a past form the parser hung on a noun as a participle is that noun's own
    act: a verb whose gerund is its subject's act takes no passive ("youths resorted to
    throwing stones" are youths who resorted, not youths resorted to)."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.head.pos_ != "NOUN":
        return False
    lemma = verb.lemma_.lower()
    return any(
        child.dep_ == "prep"
        and (lemma, child.lower_) in GERUND_CONTROL
        and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in child.children)
        for child in verb.children
    )


def _resolve_relative(verb: Token, subjects: list[Token]) -> list[Token]:
    """ "Putin, who sees ..." -> Putin is the subject of "sees" (and of a passive, what
    it is done to)."""
    if verb.dep_ == "relcl" and any(s.lower_ in RELATIVE_PRONOUNS for s in subjects):
        return [verb.head, *(s for s in subjects if s.lower_ not in RELATIVE_PRONOUNS)]
    return subjects


def _inherited(verb: Token, passive: bool) -> tuple[list[Token], list[Token]]:
    """Subject (and object) a verb takes from the word it depends on."""
    dep, head = verb.dep_, verb.head
    steps = 0
    while dep in ("conj", "xcomp") and head.pos_ == "ADJ" and head.dep_ in ADJECTIVE_LINKS:
        head, steps = head.head, steps + 1  # "remains isolationist and will likely supply arms"
        if steps > 3:
            break
    if dep == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        if verb.tag_ == "VBN":  # "sanctions imposed on Russia"
            return [], [head]
        issuer = _issuer(head)
        if issuer is not None:  # "X issued a statement condemning Y": X condemns
            return list(verb_arguments(issuer).subjects), []
        return with_conjuncts(_gerund_subject(verb, head)), []  # "North Korea providing arms"
    if dep == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        governor = head.head
        if (governor.lemma_.lower(), head.lower_) in GERUND_CONTROL:
            return list(verb_arguments(governor).subjects), []  # "looks forward to welcoming"
        return [], []
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return [], []
    if dep == "advcl" and not is_to_infinitive(verb):
        return [], []  # only purpose clauses ("travel to Russia to discuss") share a subject
    if dep not in CONTROL_DEPS:
        return [], []
    governor = verb_arguments(head)
    if dep == "xcomp" and governor.passive and not governor.subjects:
        return list(governor.objects), []  # raising: "Russia is said to be receiving"
    if (
        dep in ("xcomp", "advcl")
        and governor.objects
        and not governor.passive
        and head.lemma_ in OBJECT_CONTROL
    ):
        return list(governor.objects), []  # "urged Russia to withdraw"
    if dep == "conj" and governor.passive and not passive:
        return [], []
    if governor.elaborates:
        return [], []  # a trailing participle's subject is its own only (`candidates`)
    return list(governor.subjects), []


def _issuer(noun: Token) -> Token | None:
    """The verb that issues a statement noun ("issued a declaration", "in a letter"),
    whose subject speaks through the participle hung on the noun."""
    if noun.lemma_.lower() not in STATEMENT_NOUNS:
        return None
    if noun.dep_ in OBJECT_DEPS and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    preposition = noun.head
    if noun.dep_ == "pobj" and preposition.head.pos_ in ("VERB", "AUX"):
        return preposition.head
    return None


def _gerund_subject(verb: Token, head: Token) -> Token:
    """The subject of a gerund hung on the wrong noun: in "the ramifications of North Korea
    providing arms" the parser hangs "providing" on "ramifications"; its subject is the
    "of" object right before it."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if (
        before is not None
        and before.dep_ == "pobj"
        and before.head.lower_ == "of"
        and before.head.head.i == head.i
        and before.pos_ in ("PROPN", "NOUN")
    ):
        return before
    return head


# Nouns through which an actor speaks: a participle on one is the issuer's act.
STATEMENT_NOUNS = frozenset(
    {"statement", "declaration", "communique", "letter", "resolution", "report", "note",
     "message", "appeal", "ultimatum", "decree", "order", "motion", "petition"}
)  # fmt: skip
# Participles that state a stance toward their "to" object ("is opposed to Y").
STATIVE_PARTICIPLES = frozenset({"oppose"})
# Participles by which their subject takes part in the act of their "in" object ("were
# engaged in fighting").
ENGAGED_PARTICIPLES = frozenset({"engage"})
ADJECTIVE_LINKS = frozenset({"acomp", "attr", "oprd", "conj"})
OBJECT_CONTROL = frozenset(
    [
        "urge",
        "ask",
        "call",
        "press",
        "force",
        "allow",
        "permit",
        "persuade",
        "invite",
        "encourage",
        "order",
        "tell",
        "warn",
        "pressure",
        "help",
        "enable",
        "authorize",
        "request",
        "require",
        "compel",
    ]
)


def noun_is_object_of(noun: Token) -> Token | None:
    """The verb whose direct object `noun` is ("held talks" -> held), else None."""
    if noun.dep_ in OBJECT_DEPS and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    return None


def act_heads(trigger: Token) -> list[Token]:
    """The trigger, and the verb that carries it when it is an event noun's object
    ("staged [rallies]": rallies, staged): where the act's own phrases hang."""
    heads = [trigger]
    if trigger.pos_ == "NOUN" and (governor := noun_is_object_of(trigger)) is not None:
        heads.append(governor)
    return heads


def objects_of(head: Token, preps: frozenset[str]) -> Iterator[Token]:
    """The objects of `head`'s prepositional phrases headed by one of `preps`."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            yield from (o for o in prep.children if o.dep_ == "pobj")
