"""Who did it to whom: actor and recipient chains for a trigger, from sentence structure.

Arabic news is mostly verb-subject-object: the subject follows the verb, the object or a
prepositional phrase follows the subject.  Verbal nouns take their agent as an adjective or
genitive ("قصف إسرائيلي"، "هجوم حماس") and their target after على/ضد.  Victim verbs
(استشهد، أصيب، تعرض لـ) have the victims as subject and the agent after برصاص/على يد/من قبل.
"""
from __future__ import annotations

from .attacks import verbal_noun_lead as verbal_noun_lead
from .attacks import weapon_agents as weapon_agents
from .carried import SUBJECTLESS_READINGS as SUBJECTLESS_READINGS
from .carried import carried_subject as carried_subject
from .cascade import attach as attach
from .clauses import anchor_after_verb as anchor_after_verb
from .clauses import joined_clause_start as joined_clause_start
from .clauses import joined_clause_subject as joined_clause_subject
from .clauses import joined_verb_takes_object as joined_verb_takes_object
from .clauses import plain_verb_subject as plain_verb_subject
from .nearby import later_between as later_between
from .nearby import stands_as_subject as stands_as_subject
from .parties import TOWN_KINDS as TOWN_KINDS
from .parties import is_news_outlet as is_news_outlet
from .parties import took_in_wing_parent as took_in_wing_parent
from .parties import without_wing_parents as without_wing_parents
from .protest import PROTEST_SUPPORT_CUES as PROTEST_SUPPORT_CUES
from .protest import PROTEST_TARGET_CUES as PROTEST_TARGET_CUES
from .relatives import act_author as act_author
from .result import Arguments as Arguments
from .vocabulary import ARMED_SECTORS as ARMED_SECTORS
from .vocabulary import PARTIES_MARKER as PARTIES_MARKER
from .vocabulary import PLACE_KINDS as PLACE_KINDS
from .vocabulary import STATE_FORCE_SECTORS as STATE_FORCE_SECTORS
from .word_shapes import marked_passive_verb as marked_passive_verb
from .word_shapes import possessed_form_in as possessed_form_in
from .word_shapes import spells_passive as spells_passive
from .word_shapes import verb_person as verb_person
